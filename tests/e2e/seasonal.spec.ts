import { expect, openApp, startServer, test } from './support/app'
import { expectAccessible } from './pages/a11y'
import { SeasonalPages } from './pages/aftercare'

// Seasons are fixed dates, so this server's clock starts in the 暑中見舞い window (7 July – 6 August 2026).
const summer = '2026-07-20T03:00:00Z'

const cases = {
  ja: { line: '暑中見舞いの季節です：3人', opening: '暑中お見舞い申し上げます' },
  en: { line: 'Season for Summer greetings (暑中見舞い): 3 people', opening: '暑中お見舞い申し上げます' }
} as const

for (const language of ['ja', 'en'] as const) {
  test(`a season's greetings from Today, marked sent one by one and all at once, with label CSV (${language})`, async ({ page }) => {
    const { app, stop } = await startServer(undefined, { now: summer })
    try {
      const c = cases[language]
      for (const [familyName, givenName, postalAddress] of [
        ['田中', '一郎', '=HYPERLINK("http://example.com")'],
        ['鈴木', '花子', '東京都渋谷区1-2-3'],
        ['高橋', '蓮', '']
      ] as const) {
        await app.call('people.create', { familyName, givenName, stage: 'met', postalAddress })
      }
      await openApp(page, app, language)
      await expect(page.getByTestId('today-season')).toHaveText(c.line)
      const seasonal = new SeasonalPages(page)
      await seasonal.openFromToday()
      await expect(page.getByTestId('seasonal-row')).toHaveCount(3)
      await expectAccessible(page)
      await seasonal.row('田中 一郎').locator('summary').click()
      await expect(seasonal.row('田中 一郎').getByTestId('seasonal-draft')).toContainText(c.opening)
      const csv = await seasonal.downloadCsv()
      expect(csv).toContain(`田中 一郎,,様,,"'=HYPERLINK(""http://example.com"")"`)
      await seasonal.markOneSent('鈴木 花子')
      await seasonal.markAllSent()
      await expect(page.getByTestId('seasonal-sent')).toHaveCount(3)
      await page.getByTestId('nav-today').click()
      await expect(page.getByTestId('today-season')).toHaveCount(0)
    } finally {
      await stop()
    }
  })
}
