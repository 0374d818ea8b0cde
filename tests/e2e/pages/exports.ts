import { expect, type Page } from '@playwright/test'

/** Settings → Your data → Export to Markdown, as a user goes through it. */
export class ExportPages {
  constructor(readonly page: Page) {}

  section = () => this.page.getByTestId('export-vault')
  summary = () => this.section().getByTestId('export-summary')

  async folder(): Promise<string> {
    return (await this.section().getByTestId('export-folder').textContent()) ?? ''
  }

  /** Exports and waits for the summary of this run (the previous one disappears while it runs). */
  async exportNow() {
    const previous = (await this.summary().count()) > 0 ? await this.summary().getAttribute('data-job') : null
    await this.section().getByTestId('export-now').click()
    await expect(this.summary()).toBeVisible()
    if (previous) await expect(this.summary()).not.toHaveAttribute('data-job', previous)
  }
}
