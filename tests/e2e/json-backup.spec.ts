import { existsSync, readFileSync } from 'node:fs'
import { PeoplePages } from './pages/people'
import { SettingsPages } from './pages/settings'
import { expect, openApp, test } from './support/app'

for (const language of ['en', 'ja'] as const) {
  test(`export a JSON backup from Settings: progress, then the file's path (${language})`, async ({ page, app }) => {
    await app.call('people.quickAdd', { name: '佐藤 美咲' })
    await openApp(page, app, language, language === 'ja' ? 'dark' : 'light')
    const settings = new SettingsPages(page)
    await settings.open()
    const line = page.getByTestId('json-backup')
    await line.getByTestId('json-backup-export').click()
    const status = line.getByTestId('inline-status')
    await expect(status).toContainText('.json')
    const file = /(\/\S+\.json)/.exec((await status.textContent()) ?? '')?.[1] ?? ''
    expect(existsSync(file)).toBe(true)
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'engawa-backup', version: 1 })
    await new PeoplePages(page).expectAccessible()
  })
}
