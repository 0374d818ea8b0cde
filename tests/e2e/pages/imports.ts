import { expect, type Page } from '@playwright/test'

/** Import contacts, as a user goes through it: from Settings → Your data, a file, the preview, the import, undo. */
export class ImportPages {
  constructor(readonly page: Page) {}

  async openFromSettings() {
    await this.page.getByTestId('nav-settings').click()
    await this.page.getByTestId('import-open').click()
    await expect(this.page.getByTestId('import-screen')).toBeVisible()
  }

  async choose(file: string) {
    await this.page.getByTestId('import-file').setInputFiles(file)
    await expect(this.page.getByTestId('import-preview')).toBeVisible()
  }

  row = (row: number) => this.page.locator(`[data-testid="import-row"][data-row="${row}"]`)

  /** Picks what to do with a row by its option's label (Add as new, Fill in …, Skip). */
  async decide(row: number, label: string | RegExp) {
    const select = this.row(row).getByTestId('import-row-action')
    const option = select.locator('option').filter({ hasText: label })
    await select.selectOption({ label: (await option.textContent()) ?? '' })
  }

  async commit() {
    await this.page.getByTestId('import-commit').click()
    await expect(this.page.getByTestId('import-summary')).toBeVisible()
  }

  async undo() {
    await this.page.getByTestId('import-undo').click()
    await expect(this.page.getByTestId('import-undone')).toBeVisible()
  }
}
