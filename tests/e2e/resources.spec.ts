import { expect, openApp, test } from './support/app'
import { expectAccessible } from './pages/a11y'
import { AftercarePages, ResourcePages } from './pages/aftercare'

const cases = {
  ja: {
    fits: { familyName: '佐藤', givenName: '美咲', challenges: ['オンコールの負荷'], preferredLanguage: 'ja' },
    other: { familyName: '鈴木', givenName: '花子', interests: ['登山'] },
    name: '佐藤 美咲',
    resource: { title: 'オンコールを楽にする10の工夫', url: 'https://example.com/oncall', why: '当番の負担を減らす具体策', tags: 'オンコール, SRE' },
    reason: '以前「オンコールの負荷」のお話をされていたので',
    sent: '1人に送信済み'
  },
  en: {
    fits: { familyName: 'Raman', givenName: 'Priya', expertise: ['SRE practices'], preferredLanguage: 'en' },
    other: { familyName: 'Lee', givenName: 'Ann', interests: ['Hiking'] },
    name: 'Priya Raman',
    resource: { title: 'A short guide to SLOs', url: 'https://example.com/slo', why: 'Short and practical', tags: 'SRE, SLO' },
    reason: 'You mentioned SRE practices',
    sent: 'Sent to 1 person'
  }
} as const

for (const language of ['ja', 'en'] as const) {
  test(`a resource shared with a person it fits, remembered on their profile (${language})`, async ({ page, app }) => {
    const c = cases[language]
    const fits = await app.call<{ id: string }>('people.create', c.fits)
    await app.call('people.create', c.other)
    await openApp(page, app, language)
    const resources = new ResourcePages(page)
    await resources.open()
    await resources.add(c.resource)
    await resources.whoFits(c.resource.title)
    await expect(page.getByTestId('resource-match')).toHaveCount(1)
    await expect(resources.match(c.resource.title, c.name)).toBeVisible()
    await expectAccessible(page)
    await resources.share(c.resource.title, c.name)
    await expect(page.getByTestId('followup-draft')).toHaveValue(new RegExp(c.reason))
    await new AftercarePages(page).markSent()
    await resources.open()
    await expect(resources.item(c.resource.title)).toContainText(c.sent)
    await resources.whoFits(c.resource.title)
    await expect(page.getByTestId('resource-match')).toHaveCount(0)
    await page.goto(`${app.origin}/#/people/${fits.id}`)
    await expect(page.getByTestId('person-shared')).toContainText(c.resource.title)
  })
}
