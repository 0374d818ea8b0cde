import { expect, type Page } from '@playwright/test'

/** The trash screen as a user sees it. */
export class TrashPage {
  constructor(readonly page: Page) {}

  rows = () => this.page.getByTestId('trash-row')
  confirmText = () => this.page.getByTestId('confirm-empty-text')

  async open() {
    await this.page.getByTestId('nav-trash').click()
    await expect(this.page.getByTestId('trash-screen')).toBeVisible()
  }

  /** "Empty the trash" shows the question with the count; nothing is removed yet. */
  async askToEmpty() {
    await this.page.getByTestId('empty-trash').click()
    await expect(this.confirmText()).toBeVisible()
  }
}
