import { expect, type Page } from '@playwright/test'

/** Planning, holding and following up a one-on-one, as a user goes through it. */
export class MeetingPages {
  constructor(readonly page: Page) {}

  async planFromProfile() {
    await this.page.getByTestId('plan-meeting').click()
    await expect(this.page.getByTestId('plan-screen')).toBeVisible()
  }

  async fillPurpose(purpose: string) {
    await this.page.getByTestId('plan-purpose').fill(purpose)
    await this.next()
  }

  async fillWhen(format: string, startsAt: string, place: string) {
    await expect(this.page.getByTestId('plan-format')).toBeVisible()
    await this.page.getByTestId('plan-format').selectOption(format)
    await this.page.getByTestId('plan-starts-at').fill(startsAt)
    await this.page.getByTestId('plan-place').fill(place)
    await this.next()
  }

  async pickSuggestions(count: number) {
    const suggestions = this.page.getByTestId('plan-suggestion')
    await expect(suggestions.first()).toBeVisible()
    for (let i = 0; i < count; i++) await suggestions.nth(i).check()
    await expect(this.page.getByTestId('plan-question')).toHaveCount(count)
  }

  async next() {
    await this.page.getByTestId('plan-next').click()
  }

  async takeNote(section: string, text: string) {
    const field = this.page.getByTestId(`notes-${section}`)
    await field.fill(text)
    await expect(this.page.getByTestId(`notes-${section}-state`)).not.toBeEmpty()
  }

  async end() {
    await this.page.getByTestId('end-meeting').click()
    await expect(this.page.getByTestId('followup-screen')).toBeVisible()
  }
}
