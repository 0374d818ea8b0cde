import { expectAccessible } from './pages/a11y'
import { OnlinePages } from './pages/online'
import { expect, openApp, test } from './support/app'

const cases = {
  ja: {
    person: { familyName: '中村', givenName: '由紀', familyNameKana: 'なかむら', givenNameKana: 'ゆき' },
    name: '中村 由紀',
    query: 'なかむら',
    community: { name: 'SRE Lounge', platform: 'Slack', link: 'https://sre.example', role: 'オンコールの質問に答える' },
    activity: 'アラート疲れの質問に答えた',
    work: { kind: 'talk', title: '無理のないオンコール', date: '2026-10-01', link: 'https://talks.example/oncall' },
    engaged: '自分の発信に反応があった',
    stage: 'オンラインで交流'
  },
  en: {
    person: { familyName: 'Park', givenName: 'Jo' },
    name: 'Jo Park',
    query: 'park',
    community: { name: 'SRE Lounge', platform: 'Slack', link: 'https://sre.example', role: 'answer on-call questions' },
    activity: 'answered a question on alert fatigue',
    work: { kind: 'talk', title: 'Humane on-call', date: '2026-10-01', link: 'https://talks.example/oncall' },
    engaged: 'They engaged with my work',
    stage: 'Engaged online'
  }
} as const

for (const language of ['ja', 'en'] as const) {
  test(`a community and my own work, with the people met through them (${language})`, async ({ page, app }) => {
    // A whole flow through several screens: more time than a single check, on a busy machine too.
    test.slow()
    const c = cases[language]
    const online = new OnlinePages(page)
    const person = await app.call<{ id: string }>('people.create', c.person)
    await openApp(page, app, language)
    await online.open()

    // A community, someone found by reading, and what I did there with them.
    await online.addCommunity(c.community)
    await page.getByTestId('community-row').filter({ hasText: c.community.name }).click()
    await online.pick('member-picker', c.query)
    await expect(page.getByTestId('community-member')).toHaveText(new RegExp(c.name))
    await online.logActivity(c.activity, c.name)
    await expectAccessible(page)

    // My talk, and who engaged with it.
    await online.open()
    await expect(page.getByTestId('community-row')).toContainText('1')
    await online.addWork(c.work)
    await page.getByTestId('work-row').filter({ hasText: c.work.title }).click()
    await online.pick('engaged-picker', c.query)
    await expect(page.getByTestId('work-engagement')).toContainText(c.name)

    // Both are on their timeline, and they are "engaged online" now.
    await page.goto(`${app.origin}/#/people/${person.id}`)
    await expect(page.getByTestId('timeline-entry')).toHaveCount(2)
    await expect(page.getByTestId('timeline-entry').first()).toContainText(c.engaged)
    await expect(page.getByTestId('person-stage')).toHaveText(c.stage)

    await app.call('settings.update', { theme: 'dark' })
    await online.open()
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    await expectAccessible(page)
  })
}

test('a community with a javascript: link or no name is refused, nothing written', async ({ page, app }) => {
  const online = new OnlinePages(page)
  await openApp(page, app, 'en')
  await online.open()
  await online.addCommunity({ name: '', platform: 'x', link: 'javascript:alert(1)', role: '' })
  await expect(page.getByTestId('field-error')).toHaveCount(2)
  expect((await app.call<{ communities: unknown[] }>('online.overview')).communities).toEqual([])
})
