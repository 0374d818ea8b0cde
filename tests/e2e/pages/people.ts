import { expect, type Page } from '@playwright/test'
import { expectAccessible } from './a11y'

/** The People screens as a user sees them; tests talk to this, not to selectors. */
export class PeoplePages {
  constructor(readonly page: Page) {}

  rows = () => this.page.getByTestId('person-row')

  quickAddDialog = () => this.page.getByTestId('quick-add')
  quickAddName = () => this.page.getByTestId('quick-add-name')
  discardConfirm = () => this.page.getByTestId('discard-confirm')

  /** N from anywhere; the name field has the focus. */
  async openQuickAdd() {
    await this.page.locator('body').press('n')
    await expect(this.quickAddName()).toBeFocused()
  }

  async quickAdd(name: string) {
    await this.openQuickAdd()
    const input = this.quickAddName()
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

  async editPerson(name: string | RegExp) {
    await this.openPerson(name)
    await this.page.getByTestId('edit-person').click()
    await expect(this.page.getByTestId('person-form')).toBeVisible()
  }

  /** The element with the keyboard focus, if it is inside the quick add dialog. */
  focusInQuickAdd = () => this.quickAddDialog().locator(':focus')

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

  /** No serious or critical accessibility problems on the screen as it is now (see a11y.ts). */
  async expectAccessible() {
    await expectAccessible(this.page)
  }
}
