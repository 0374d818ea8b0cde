import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/** The People screens as a user sees them; tests talk to this, not to selectors. */
export class PeoplePages {
  constructor(readonly page: Page) {}

  rows = () => this.page.getByTestId('person-row')

  async quickAdd(name: string) {
    await this.page.locator('body').press('n')
    const input = this.page.getByTestId('quick-add-name')
    await expect(input).toBeFocused()
    await input.fill(name)
    await input.press('Enter')
    await expect(this.page.getByTestId('quick-add-open')).toBeVisible()
  }

  async openQuickAdded() {
    await this.page.getByTestId('quick-add-open').click()
    await expect(this.page.getByTestId('person-screen')).toBeVisible()
  }

  async startNewPerson() {
    await this.page.getByTestId('nav-people').click()
    await this.page.getByTestId('new-person').click()
    await expect(this.page.getByTestId('person-form')).toBeVisible()
  }

  field(name: string) {
    return this.page.getByTestId(`field-${name}`)
  }

  async save() {
    await this.page.getByTestId('save-person').click()
  }

  /** Types into the People filter and waits for exactly the rows expected. */
  async filterExpecting(query: string, names: string[]) {
    await this.page.getByTestId('people-filter').fill(query)
    await expect(this.rows()).toHaveCount(names.length)
    for (const [index, name] of names.entries()) await expect(this.rows().nth(index)).toContainText(name)
  }

  async openPerson(name: string | RegExp) {
    await this.page.getByTestId('nav-people').click()
    await this.rows().filter({ hasText: name }).first().click()
    await expect(this.page.getByTestId('person-screen')).toBeVisible()
  }

  async logInteraction(summary: string) {
    await this.page.getByTestId('log-open').click()
    await this.page.getByTestId('log-summary').fill(summary)
    await this.page.getByTestId('log-submit').click()
    await expect(this.page.getByTestId('timeline-entry').filter({ hasText: summary })).toBeVisible()
  }

  /** No serious or critical accessibility problems on the screen as it is now. */
  async expectAccessible() {
    const results = await new AxeBuilder({ page: this.page }).analyze()
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
  }
}
