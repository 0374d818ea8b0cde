import { copyFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { SettingsPages } from './pages/settings'
import { expect, openApp, test } from './support/app'

const labels = { en: ['Automatic', 'Yours'], ja: ['自動', '手動'] }

for (const language of ['en', 'ja'] as const) {
  test(`Settings tells automatic backups from the user's own and states the rotation (${language})`, async ({ page, app }) => {
    await app.call('backups.create', {})
    const backupDir = join(app.dataDir, 'backups')
    const copies = () => readdirSync(backupDir).filter((name) => name.endsWith('.db'))
    await expect.poll(() => copies().length).toBe(1)
    const [manual] = copies()
    // An automatic copy as the scheduler names it, a day later than the user's own.
    copyFileSync(join(backupDir, String(manual)), join(backupDir, 'engawa-auto-2099-01-01T00-00-00-000Z.db'))

    await openApp(page, app, language)
    const settings = new SettingsPages(page)
    await settings.open()
    await expect(settings.backupRows().getByTestId('backup-kind')).toHaveText(labels[language])
    await expect(page.getByTestId('backups')).toContainText(language === 'en' ? '7 daily, 4 weekly and 12 monthly' : '毎日の分を 7 つ')
  })
}
