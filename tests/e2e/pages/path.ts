import { expect, type Page } from '@playwright/test'

/** Touchpoints logged from a person's page, and the path board, driven by the keyboard. */
export class PathPages {
  constructor(readonly page: Page) {}

  async openPerson(app: { origin: string }, id: string) {
    await this.page.goto(`${app.origin}/#/people/${id}`)
    await expect(this.page.getByTestId('person-screen')).toBeVisible()
  }

  /** L, the kind's letter, then a link and a line; Enter saves. */
  async logTouchpoint(key: string, entry: { url?: string; note?: string }) {
    await this.page.locator('body').press('l')
    await expect(this.page.getByTestId('touchpoint-form')).toBeVisible()
    await this.page.keyboard.press(key)
    await expect(this.page.getByTestId('touchpoint-url')).toBeFocused()
    if (entry.url) await this.page.keyboard.type(entry.url)
    await this.page.keyboard.press('Tab')
    if (entry.note) await this.page.keyboard.type(entry.note)
    await this.page.keyboard.press('Enter')
    await expect(this.page.getByTestId('touchpoint-form')).toBeHidden()
  }

  async openBoard() {
    await this.page.getByTestId('nav-pipeline').click()
    await expect(this.page.getByTestId('pipeline-screen')).toBeVisible()
  }

  card(stage: string, name: string) {
    return this.page.getByTestId(`pipeline-${stage}`).getByTestId('pipeline-card').filter({ hasText: name })
  }
}
