import { expect, openApp, test } from './support/app'
import { AftercarePages } from './pages/aftercare'

// Browser mode runs on the real clock, so the last conversation is placed relative to now.
const cases = {
  ja: { person: { familyName: '佐藤', givenName: '美咲', preferredLanguage: 'ja' }, name: '佐藤 美咲', topic: 'オンコールの負担', quoted: '前回お話しした「オンコールの負担」', signature: '山田 太郎' },
  en: { person: { familyName: 'Raman', givenName: 'Priya', preferredLanguage: 'en' }, name: 'Priya Raman', topic: 'onboarding new graduates', quoted: 'our last conversation (“onboarding new graduates”)', signature: 'Taro' }
} as const

for (const language of ['ja', 'en'] as const) {
  test(`a reconnect suggestion on Today, acted on (${language})`, async ({ page, app }) => {
    const c = cases[language]
    const aftercare = new AftercarePages(page)
    await app.call('settings.update', { signatures: { ja: '山田 太郎', en: 'Taro' } })
    await AftercarePages.lapsed(app, c.person, c.topic)
    await openApp(page, app, language)
    await aftercare.openTodayItem(c.name)
    const draft = page.getByTestId('followup-draft')
    // The quoted words as written, brackets and all, not as a pattern.
    await expect(draft).toHaveValue(new RegExp(c.quoted.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    await expect(draft).toHaveValue(new RegExp(`${c.signature}$`))
    await aftercare.expectAccessible()
    await aftercare.markSent()
    await aftercare.backToToday()
    await expect(aftercare.todayItem(c.name)).toHaveCount(0)
    // Reopening Today the same day does not bring the suggestion back.
    await page.reload()
    await expect(page.getByTestId('today-screen')).toBeVisible()
    await expect(aftercare.todayItem(c.name)).toHaveCount(0)
  })
}

test('the daily cap leaves one quiet line for the rest, and a profile can pause its reconnects', async ({ page, app }) => {
  await app.call('settings.update', { reconnectsPerDay: 1 })
  const first = await AftercarePages.lapsed(app, { familyName: 'Lee', givenName: 'Ann' }, 'Rust', 60)
  await AftercarePages.lapsed(app, { familyName: 'Ito', givenName: 'Ben' }, 'Go', 40)
  await AftercarePages.lapsed(app, { familyName: 'Ono', givenName: 'Cy' }, 'SRE', 40)
  await openApp(page, app, 'en')
  const aftercare = new AftercarePages(page)
  await expect(aftercare.todayItem('Ann Lee')).toBeVisible()
  await expect(page.getByTestId('today-reconnect-overflow')).toHaveText('2 more to get back in touch with, spread over the next days')
  await page.goto(`${app.origin}/#/people/${first.id}`)
  await page.getByTestId('reconnect-snooze-month').click()
  await expect(page.getByTestId('reconnect-state')).toContainText('paused until')
  await aftercare.backToToday()
  await expect(aftercare.todayItem('Ann Lee')).toHaveCount(0)
})
