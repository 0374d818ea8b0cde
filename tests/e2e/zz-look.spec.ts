import { openApp, test, expect } from './support/app'
import { SettingsPages } from './pages/settings'

for (const [language, theme] of [['en', 'light'], ['ja', 'dark']] as const) {
  test(`look ${language}`, async ({ page, app }) => {
    await app.call('sample.load', { language })
    await openApp(page, app, language, theme)
    await page.screenshot({ path: `/tmp/shots/today-${language}-${theme}.png`, fullPage: true })
    const settings = new SettingsPages(page)
    await settings.open()
    await settings.backUpNow()
    await settings.backupRows().first().getByTestId('backup-restore').click()
    await page.getByTestId('backups').scrollIntoViewIfNeeded()
    await page.screenshot({ path: `/tmp/shots/settings-${language}-${theme}.png`, fullPage: true })
    await expect(page.getByTestId('backups')).toBeVisible()
  })
}
