import { expect, type Page } from '@playwright/test'

/** Settings → Your data, as a user goes through it: backups and the sample line. */
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
}
