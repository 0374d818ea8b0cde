import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expectAccessible } from './pages/a11y'
import { EventPages } from './pages/events'
import { expect, openApp, test } from './support/app'

const cases = {
  ja: {
    known: [
      { familyName: '田中', givenName: '太郎', familyNameKana: 'たなか', givenNameKana: 'たろう', interests: ['オンコール'], headline: 'SRE' },
      { familyName: '佐藤', givenName: '美咲', expertise: ['Kubernetes'], challenges: ['ポストモーテムの定着'] },
      { familyName: 'Kim', givenName: 'Alex', preferredLanguage: 'en' }
    ],
    // Five names: one by reading in katakana, one without a space, one in the other order; two new.
    paste: 'タナカ タロウ\n佐藤美咲\nKim Alex\n山本 健\n鈴木 一郎',
    event: { name: 'SRE 勉強会 #8', kind: 'study_group', place: '渋谷のイベントスペース' },
    topic: 'オンコールの負荷をどう下げたか',
    newTopic: '障害対応の振り返りの進め方',
    countGoal: '10人と話す',
    goal: 'オンコールの工夫を一人からじっくり聞く',
    recovery: '帰ったら予定を入れずに休む',
    met: [
      { person: '佐藤 美咲', talked: 'ポストモーテムを続けるコツ', promised: '振り返りのテンプレートを送る' },
      { name: '中村 さくら', talked: 'Terraform の移行' }
    ],
    reflectLabel: 'をふりかえる',
    thanksTo: '佐藤さん'
  },
  en: {
    known: [
      { familyName: 'Tanaka', givenName: 'Taro', interests: ['on-call'], headline: 'SRE' },
      { familyName: 'Raman', givenName: 'Priya', expertise: ['Kubernetes'], challenges: ['keeping postmortems alive'] },
      { familyName: 'Kim', givenName: 'Alex' }
    ],
    paste: 'Taro Tanaka\nRAMAN Priya, Alex Kim\tJo Smith\nSam Lee',
    event: { name: 'SRE Meetup #8', kind: 'meetup', place: 'Shibuya' },
    topic: 'How we cut on-call load',
    newTopic: 'Running blameless incident reviews',
    countGoal: 'talk to 10 people',
    goal: 'hear how one SRE keeps on-call humane',
    recovery: 'a quiet evening at home',
    met: [
      { person: 'Priya Raman', talked: 'keeping postmortems alive', promised: 'send our review template' },
      { name: 'Dana Cho', talked: 'a Terraform migration' }
    ],
    reflectLabel: 'Reflect on',
    thanksTo: 'Hi Priya'
  }
} as const

for (const language of ['ja', 'en'] as const) {
  test(`prepare for an event, read the sheet, reflect, and find the thank-yous on Today (${language})`, async ({ page, app }) => {
    // A whole flow through several screens: more time than a single check, on a busy machine too.
    test.slow()
    const c = cases[language]
    const events = new EventPages(page)
    const shot = (step: string) => page.screenshot({ path: join(tmpdir(), 'engawa-flow', `event-${language}-${step}.png`), fullPage: true })
    for (const person of c.known) await app.call('people.create', person)
    await app.call('topics.create', { kind: 'problem', title: c.topic, body: '' })
    await openApp(page, app, language, 'light', '/events')
    await expect(page.getByTestId('empty-state')).toBeVisible()

    // Basics: a name, a kind, a place; the wizard goes on to the people.
    await events.create(c.event)
    await events.expectStep('people')
    await expect(page.getByTestId('prep-tip')).not.toBeEmpty()

    // Five pasted names: three found in People (reading, no space, other order), two new.
    await events.pasteNames(c.paste)
    await expect(page.getByTestId('paste-result')).toHaveCount(5)
    await expect(page.locator('[data-testid=paste-result][data-matches="1"]')).toHaveCount(3)
    await expect(page.locator('[data-testid=paste-result][data-matches="0"]')).toHaveCount(2)
    await shot('1-paste')
    await events.addPasted()
    await expect(page.getByTestId('attendee')).toHaveCount(5)

    // At most three to talk with; research is prefilled from the profile.
    const [first, second, third] = c.known.map((p) => (language === 'ja' && p.familyName !== 'Kim' ? `${p.familyName} ${p.givenName}` : `${p.givenName} ${p.familyName}`))
    await events.markTarget(first!)
    await events.markTarget(second!)
    await events.markTarget(third!)
    await expect(events.attendee(first!).getByTestId('research-notes')).toHaveValue(/SRE/)
    // A fourth cannot be marked: the box is disabled once three are chosen.
    await expect(page.locator('[data-testid=attendee][data-target=false]').first().getByTestId('attendee-target')).toBeDisabled()
    await events.attendee(third!).getByTestId('attendee-target').uncheck()
    await expect(events.attendee(third!)).toHaveAttribute('data-target', 'false')
    await expectAccessible(page)
    await shot('2-people')
    await events.next()

    // Topics: one from the library, one written here.
    await events.expectStep('topics')
    await events.pickTopic(c.topic)
    await events.addTopic(c.newTopic)
    await events.next()

    // Goals: a count gets a gentle hint; a goal with substance gets none. Neither blocks saving.
    await events.expectStep('goals')
    await events.setGoal(0, c.countGoal)
    await expect(page.getByTestId('goal-hint')).toHaveCount(1)
    await events.setGoal(1, c.goal)
    await expect(page.getByTestId('goal-hint')).toHaveCount(1)
    await shot('3-goals')
    await events.next()

    await events.expectStep('energy')
    await events.planEnergy({ arrive: '18:50', leave: '20:45', recovery: c.recovery })
    await events.finish()

    // The prep sheet: the two targets, two openers each, the goals and the energy plan.
    await expect(page.getByTestId('sheet-target')).toHaveCount(2)
    for (const openers of await page.getByTestId('sheet-openers').all()) await expect(openers.locator('li')).toHaveCount(2)
    await expect(page.getByTestId('sheet-goals')).toContainText(c.goal)
    await expect(page.getByTestId('sheet-energy')).toContainText(c.recovery)
    await expect(page.getByTestId('sheet-topics')).toContainText(c.newTopic)
    await expectAccessible(page)
    await shot('4-sheet')
    // It prints on one page, on A4 and on Letter, without the navigation or the buttons.
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByTestId('nav-today')).toBeHidden()
    await expect(page.getByTestId('sheet-print')).toBeHidden()
    await shot('4-sheet-print')
    for (const format of ['A4', 'Letter']) {
      const pdf = await page.pdf({ format, printBackground: true })
      await writeFile(join(tmpdir(), 'engawa-flow', `event-${language}-sheet-${format}.pdf`), pdf)
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/gu), format).toHaveLength(1)
    }
    await page.emulateMedia({ media: 'screen' })
    const eventId = /#\/events\/([0-9a-f-]{36})\/sheet/u.exec(page.url())?.[1] ?? ''

    // The event was earlier today: Today offers the reflection.
    const now = Date.now()
    await app.call('events.updateBasics', { id: eventId, patch: { startsAt: new Date(now - 3 * 3_600_000).toISOString(), endsAt: new Date(now - 60_000).toISOString() } })
    await page.getByTestId('nav-today').click()
    const item = page.getByTestId('today-event')
    await expect(item).toHaveAttribute('data-reflect', 'true')
    await expect(item).toContainText(c.reflectLabel)
    await item.click()

    await expect(page.getByTestId('reflect-screen')).toBeVisible()
    await page.getByTestId('reflect-goal').nth(0).getByTestId('reflect-outcome-partly').check()
    await page.getByTestId('reflect-goal').nth(1).getByTestId('reflect-outcome-met').check()
    await page.getByTestId('reflect-energy-3').check()
    await events.addMet(0, c.met[0])
    await events.addMet(1, c.met[1])
    await expectAccessible(page)
    await shot('5-reflect')
    await events.saveReflection()
    // Saving again changes nothing: no second thank-you.
    await events.saveReflection()

    // Two thank-yous on Today, each naming the event; the promise waits in a week.
    await page.getByTestId('nav-today').click()
    const thanks = page.getByTestId('today-thank-yous').getByTestId('followup-item')
    await expect(thanks).toHaveCount(2)
    await thanks.first().click()
    await expect(page.getByTestId('followup-draft')).toHaveValue(new RegExp(c.event.name.replace(/[#]/g, '\\$&')))
    await page.getByTestId('nav-today').click()
    await expect(page.getByTestId('today-thank-yous')).toContainText(c.met[0].person)

    // The event page in the dark theme: who was met, the goals' outcomes; the past list shows how it went.
    await app.call('settings.update', { theme: 'dark' })
    await page.goto(`${app.origin}/#/events/${eventId}`)
    await expect(page.getByTestId('event-met')).toContainText(c.met[1].talked)
    await expectAccessible(page)
    await shot('6-event-dark')
    await events.openList()
    // Found by name in any width or case; another word hides it.
    await page.getByTestId('events-filter').fill('ｓｒｅ')
    await expect(page.getByTestId('events-past')).toBeVisible()
    await page.getByTestId('events-filter').fill('kubecon')
    await expect(page.getByTestId('events-past')).toBeHidden()
    await page.getByTestId('events-filter').fill('')
    await page.getByTestId('events-past').locator('summary').click()
    await expect(page.getByTestId('past-event-outcome')).toContainText(language === 'ja' ? '1つ達成' : '1 of 2 met')
    await expectAccessible(page)
  })
}

test('an event ending before it starts and a javascript: link are refused with a clear message, nothing written', async ({ page, app }) => {
  const events = new EventPages(page)
  await openApp(page, app, 'en', 'light', '/events')
  await page.getByTestId('new-event').click()
  await page.getByTestId('event-name').fill('Broken meetup')
  await page.getByTestId('event-link').fill('javascript:alert(1)')
  await page.getByTestId('event-ends').fill('2020-01-01T10:00')
  await page.getByTestId('event-create').click()
  await expect(page.getByTestId('field-error')).toHaveCount(2)
  await expect(page.getByTestId('field-error').first()).toContainText(/ends before it starts|https/)
  expect(await app.call('events.list', {})).toEqual([])
  await page.getByTestId('event-link').fill('')
  await page.getByTestId('event-ends').fill('2031-01-01T10:00')
  await page.getByTestId('event-create').click()
  await events.expectStep('people')
})
