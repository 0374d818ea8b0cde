import { expect, openApp, test } from './support/app'
import { expectAccessible } from './pages/a11y'
import { AftercarePages } from './pages/aftercare'
import { ResourcePages } from './pages/resources'
import { SearchPalette } from './pages/search'

const cases = {
  ja: {
    fits: { familyName: '佐藤', givenName: '美咲', challenges: ['オンコールの負荷'], preferredLanguage: 'ja' },
    other: { familyName: '鈴木', givenName: '花子', interests: ['登山'] },
    name: '佐藤 美咲',
    resource: { title: 'オンコールを楽にする10の工夫', url: 'https://example.com/oncall', why: '当番の負担を減らす具体策', tags: 'オンコール, SRE' },
    reason: '以前「オンコールの負荷」のお話をされていたので',
    sent: '1人に送信済み',
    topic: 'インシデント対応',
    viaTopic: { familyName: '田中', givenName: '健二', interests: ['インシデント対応'] },
    viaTopicName: '田中 健二',
    plain: { title: '当番表の作り方', url: 'https://example.com/rota', why: '交代のしかたが丁寧にまとまっている', tags: [] },
    whyWord: '交代のしかた',
    noMatches: 'ほかに合いそうな方はまだいません。',
    about: '話題：インシデント対応'
  },
  en: {
    fits: { familyName: 'Raman', givenName: 'Priya', expertise: ['SRE practices'], preferredLanguage: 'en' },
    other: { familyName: 'Lee', givenName: 'Ann', interests: ['Hiking'] },
    name: 'Priya Raman',
    resource: { title: 'A short guide to SLOs', url: 'https://example.com/slo', why: 'Short and practical', tags: 'SRE, SLO' },
    reason: 'You mentioned SRE practices',
    sent: 'Sent to 1 person',
    topic: 'Incident reviews',
    viaTopic: { familyName: 'Okafor', givenName: 'Ada', interests: ['Incident reviews'] },
    viaTopicName: 'Ada Okafor',
    plain: { title: 'Writing a rota', url: 'https://example.com/rota', why: 'Explains handovers between shifts kindly', tags: [] },
    whyWord: 'handovers',
    noMatches: 'No one else it fits yet.',
    about: 'Topics: Incident reviews'
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

for (const language of ['ja', 'en'] as const) {
  test(`a topic picked for a resource finds a person its words do not (${language})`, async ({ page, app }) => {
    const c = cases[language]
    await app.call('topics.create', { kind: 'expertise', title: c.topic })
    await app.call('topics.create', { kind: 'question', title: 'Unrelated question' })
    await app.call('people.create', c.viaTopic)
    await app.call('resources.create', c.plain)
    await openApp(page, app, language, 'dark')
    const resources = new ResourcePages(page)
    await resources.open()
    await resources.whoFits(c.plain.title)
    await expect(resources.item(c.plain.title)).toContainText(c.noMatches)
    await resources.edit(c.plain.title, {}, [c.topic])
    await expect(resources.item(c.plain.title).getByTestId('resource-item-topics')).toHaveText(c.about)
    await resources.whoFits(c.plain.title)
    await expect(resources.match(c.plain.title, c.viaTopicName)).toContainText(c.topic)
    await resources.item(c.plain.title).getByTestId('resource-edit').click()
    await expect(page.getByTestId('resource-edit-form').getByRole('checkbox', { name: c.topic, exact: true })).toBeChecked()
    await expectAccessible(page)
  })

  test(`a deleted resource leaves the library, comes back by Undo or from Deleted (${language})`, async ({ page, app }) => {
    const c = cases[language]
    await app.call('resources.create', c.plain)
    await openApp(page, app, language)
    const resources = new ResourcePages(page)
    await resources.open()
    await resources.delete(c.plain.title)
    await page.getByTestId('resource-undo').click()
    await expect(resources.item(c.plain.title)).toBeVisible()
    await expect(page.getByTestId('resource-trashed')).toHaveCount(0)

    await resources.delete(c.plain.title)
    await resources.showDeleted()
    await expect(page.getByTestId('resources-deleted').getByTestId('resource-item')).toHaveCount(1)
    await expect(page.getByTestId('resource-form')).toHaveCount(0)
    await expectAccessible(page)
    await resources.item(c.plain.title).getByTestId('resource-restore').click()
    await expect(page.getByTestId('resource-item')).toHaveCount(0)
    await resources.showLibrary()
    await expect(resources.item(c.plain.title)).toBeVisible()
  })

  test(`the palette finds a resource by a word of why it is useful and opens it in the library (${language})`, async ({ page, app }) => {
    const c = cases[language]
    for (let i = 0; i < 12; i++) await app.call('resources.create', { title: `Filler ${i}`, url: `https://example.com/${i}`, why: 'Something else' })
    const target = await app.call<{ id: string }>('resources.create', c.plain)
    await app.call('resources.create', { title: 'Newest', url: 'https://example.com/new', why: 'Something else' })
    await openApp(page, app, language)
    const palette = new SearchPalette(page)
    await palette.open()
    await palette.type(c.whyWord, 1)
    await expect(page.getByTestId('search-group-resource')).toContainText(c.plain.title)
    await palette.press('Enter')
    await expect(page.getByTestId('resources-screen')).toBeVisible()
    const item = page.locator(`[data-resource-id="${target.id}"]`)
    await expect(item).toBeFocused()
    await expect(item).toHaveAttribute('data-found', '')
    await expect(item).toBeInViewport()
  })
}
