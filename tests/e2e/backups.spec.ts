import { PeoplePages } from './pages/people'
import { SettingsPages } from './pages/settings'
import { expect, openApp, test } from './support/app'

for (const language of ['en', 'ja'] as const) {
  test(`back up from Settings, then restore it: what was added since goes, the current file is kept aside (${language})`, async ({ page, app }) => {
    await app.call('people.quickAdd', { name: 'Ann Lee' })
    await openApp(page, app, language, language === 'ja' ? 'dark' : 'light')
    const settings = new SettingsPages(page)
    await settings.open()
    await expect(page.getByTestId('no-backups')).toBeVisible()
    await settings.backUpNow()
    await new PeoplePages(page).expectAccessible()

    await app.call('people.quickAdd', { name: 'Tom Becker' })
    await settings.restoreNewest()
    await expect(settings.backupRows().first().getByTestId('inline-status')).toContainText('engawa-damaged-')
    const { items } = await app.call<{ items: { givenName: string }[] }>('people.list', {})
    expect(items.map((person) => person.givenName)).toEqual(['Ann'])
    // Every screen follows: People shows one person without a reload.
    await page.getByTestId('nav-people').click()
    await expect(page.getByTestId('person-row')).toHaveCount(1)
  })
}
