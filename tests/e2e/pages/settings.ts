import { expect, type Page } from '@playwright/test'

/** Settings → Your data, as a user goes through it: backups, the JSON restore and the sample line. */
export class SettingsPages {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByTestId('nav-settings').click()
    await expect(this.page.getByTestId('settings-screen')).toBeVisible()
  }

  backupRows = () => this.page.getByTestId('backup-row')

  async backUpNow() {
    const before = await this.backupRows().count()
    await this.page.getByTestId('backup-now').click()
    await expect(this.page.getByTestId('backups').getByTestId('inline-status')).toContainText('MB')
    await expect(this.backupRows()).toHaveCount(before + 1)
  }

  async restoreNewest() {
    await this.backupRows().first().getByTestId('backup-restore').click()
    await this.backupRows().first().getByTestId('backup-restore-confirm').click()
    await expect(this.backupRows().first().getByTestId('inline-status')).toBeVisible()
  }

  jsonRestore = () => this.page.getByTestId('json-restore')
  jsonRestoreConfirm = () => this.page.getByTestId('json-restore-confirm')

  /** Picks a file in "Restore from a JSON backup…" (the hidden file input behind the button). */
  async pickJsonBackup(file: string) {
    await expect(this.page.getByTestId('json-restore-choose')).toBeVisible()
    await this.page.getByTestId('json-restore-file').setInputFiles(file)
  }

  /** Confirms the restore shown and waits for its summary; answers the summary's text. */
  async confirmJsonRestore(): Promise<string> {
    await this.page.getByTestId('json-restore-confirm-yes').click()
    const done = this.page.getByTestId('json-restore-done')
    await expect(done).toBeVisible({ timeout: 20_000 })
    return (await done.textContent()) ?? ''
  }
}
