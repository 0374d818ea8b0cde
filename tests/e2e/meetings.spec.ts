import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, openApp, test } from './support/app'
import { MeetingPages } from './pages/meetings'
import { PeoplePages } from './pages/people'

const cases = {
  ja: {
    name: '佐藤 美咲',
    profile: { interests: '登山\nポストモーテム文化', challenges: 'オンコールの負荷' },
    purpose: 'オンコールを無理なく回す工夫',
    cares: 'チームが疲れずに続けられるオンコール',
    promise: '振り返りのテンプレートを送る',
    greeting: '佐藤さん',
    sentStatus: '送信し、タイムラインに記録しました',
    timelineKind: 'お礼を送った'
  },
  en: {
    name: 'Priya Raman',
    profile: { interests: 'Mentoring\nRust', challenges: 'Growing a team of new graduates' },
    purpose: 'how she onboards new graduates',
    cares: 'pairing every new hire with a buddy',
    promise: 'send the onboarding checklist',
    greeting: 'Hi Priya,',
    sentStatus: 'logged on the timeline',
    timelineKind: 'Thank-you sent'
  }
} as const

for (const language of ['ja', 'en'] as const) {
  test(`a one-on-one from plan to a sent thank-you (${language})`, async ({ page, app }) => {
    const c = cases[language]
    const people = new PeoplePages(page)
    const meetings = new MeetingPages(page)
    // Every step is photographed for a person to look at; the best ones are kept by screenshots.spec.ts.
    const shot = (step: string) => page.screenshot({ path: join(tmpdir(), 'engawa-flow', `${language}-${step}.png`) })
    await openApp(page, app, language)

    // Add the person, with what they care about.
    await people.quickAdd(c.name)
    await people.openQuickAdded()
    await page.getByTestId('edit-person').click()
    await people.field('preferredLanguage').selectOption(language)
    await people.field('interests').fill(c.profile.interests)
    await people.field('challenges').fill(c.profile.challenges)
    await people.save()
    await expect(page.getByTestId('person-about')).toContainText(c.profile.challenges)

    // Plan: purpose, when, suggested questions, invitation.
    await meetings.planFromProfile()
    await meetings.fillPurpose(c.purpose)
    await meetings.fillWhen('coffee', '2026-12-03T15:00', 'Blue Bottle')
    await meetings.pickSuggestions(2)
    await expect(page.getByTestId('plan-question').first()).toHaveValue(new RegExp(c.profile.challenges))
    await shot('1-questions')
    await meetings.next()
    await expect(page.getByTestId('plan-invitation')).toHaveValue(new RegExp(c.purpose))
    await people.expectAccessible()
    await shot('2-invitation')
    await meetings.next()

    // During: listening notes, saved as typed.
    await expect(page.getByTestId('meeting-questions')).toContainText(c.profile.challenges)
    await meetings.takeNote('caresAbout', c.cares)
    await meetings.takeNote('myPromises', c.promise)
    await meetings.takeNote('freeNotes', '**Blue Bottle** was quiet')
    await expect(page.getByTestId('notes-preview').locator('strong')).toHaveText('Blue Bottle')
    await people.expectAccessible()
    await shot('3-notes')

    // End: the thank-you quotes the notes.
    await meetings.end()
    await expect(page.getByTestId('followup-draft')).toHaveValue(new RegExp(c.cares))
    await expect(page.getByTestId('followup-draft')).toHaveValue(new RegExp(c.greeting))

    // Today shows it; mark it sent from there.
    await page.getByTestId('nav-today').click()
    await expect(page.getByTestId('today-thank-yous').getByTestId('followup-item')).toHaveCount(1)
    await people.expectAccessible()
    await shot('4-today')
    await page.getByTestId('today-thank-yous').getByTestId('followup-item').click()
    await shot('5-thank-you')
    await page.getByTestId('followup-mark-sent').click()
    await expect(page.getByTestId('followup-due')).toContainText(c.sentStatus)

    // The timeline has the meeting and the thank-you; the promise waits in Follow-ups.
    await page.getByTestId('followup-person').click()
    await expect(page.getByTestId('timeline-entry')).toHaveCount(2)
    await expect(page.getByTestId('timeline-entry').first()).toContainText(c.timelineKind)
    await shot('6-timeline')
    await page.getByTestId('nav-followups').click()
    await expect(page.getByTestId('followup-item')).toHaveCount(1)
    await expect(page.getByTestId('followup-item')).toContainText(c.promise)
  })
}

test('notes typed just before the window closes are not lost', async ({ page, app, context }) => {
  const person = await app.call<{ id: string }>('people.quickAdd', { name: 'Ann Lee' })
  const meeting = await app.call<{ id: string }>('meetings.create', { personId: person.id, purpose: 'Catch up' })
  await openApp(page, app, 'en')
  await page.goto(`${app.origin}/#/meetings/${meeting.id}`)
  // Type and close at once, before the debounced save can run.
  await page.getByTestId('notes-caresAbout').pressSequentially('gardening')
  await page.close({ runBeforeUnload: true })

  const again = await context.newPage()
  await again.goto(`${app.url}&/meetings/${meeting.id}`)
  await expect(again.getByTestId('notes-caresAbout')).toHaveValue('gardening')
  await expect.poll(async () => (await app.call<{ caresAbout: string }>('meetings.get', { id: meeting.id })).caresAbout).toBe('gardening')
})

test('follow-up actions: snooze, dismiss, and links only where they are safe', async ({ page, app }) => {
  const person = await app.call<{ id: string }>('people.create', {
    givenName: 'Tom',
    familyName: 'Becker',
    email: 'tom@example.com',
    links: { linkedin: 'https://www.linkedin.com/in/tom' }
  })
  const meeting = await app.call<{ id: string }>('meetings.create', { personId: person.id })
  const ended = await app.call<{ thankYou: { id: string } }>('meetings.end', { id: meeting.id })
  await openApp(page, app, 'en')
  await page.goto(`${app.origin}/#/followups/${ended.thankYou.id}`)
  await expect(page.getByTestId('followup-mail')).toHaveAttribute('href', /^mailto:tom@example\.com\?subject=Thank%20you%20for%20today&body=Hi%20Tom/)
  await expect(page.getByTestId('followup-profile')).toHaveAttribute('href', 'https://www.linkedin.com/in/tom')
  await page.getByTestId('followup-draft').fill('Thanks, Tom!')
  await page.getByTestId('followup-draft').blur()
  await expect.poll(async () => (await app.call<{ draft: string }>('followups.get', { id: ended.thankYou.id })).draft).toBe('Thanks, Tom!')
  await page.getByTestId('followup-snooze-tomorrow').click()
  await expect(page.getByTestId('followup-due')).toContainText('Due')
  await page.getByTestId('nav-today').click()
  await expect(page.getByTestId('today-thank-yous')).toHaveCount(0)
  await page.getByTestId('nav-followups').click()
  await expect(page.getByTestId('followups-week')).toContainText('Thank Tom Becker')
})

test('my topics become question suggestions, and a plan can be started from One-on-ones', async ({ page, app }) => {
  await app.call('people.quickAdd', { name: 'Ann Lee' })
  await openApp(page, app, 'en', 'light', '/topics')
  await page.getByTestId('new-topic').click()
  await page.getByTestId('topic-kind').selectOption('problem')
  await page.getByTestId('topic-title').fill('flaky integration tests')
  await page.getByTestId('topic-save').click()
  await expect(page.getByTestId('topic-row')).toContainText('flaky integration tests')
  await new PeoplePages(page).expectAccessible()

  await page.getByTestId('nav-meetings').click()
  await page.getByTestId('new-meeting').click()
  await page.getByTestId('person-picker-filter').fill('Ann')
  await page.getByTestId('person-picker').getByTestId('plan-meeting').click()
  await page.getByTestId('plan-step-questions').click()
  await expect(page.getByTestId('plan-suggestions')).toContainText('I’m working on “flaky integration tests”')
  // Saved at any step: leave now and find the plan on One-on-ones.
  await page.getByTestId('plan-save-close').click()
  await page.getByTestId('nav-meetings').click()
  await expect(page.getByTestId('meeting-row')).toContainText('Ann Lee')
})

test('"Plan a one-on-one" from the dock lands on One-on-ones with the person picker open', async ({ page, app }) => {
  await app.call('people.quickAdd', { name: 'Ann Lee' })
  await openApp(page, app, 'en')
  // The route the desktop app's app.open push navigates to (browser mode has no dock).
  await page.goto(`${app.origin}/#/meetings/new`)
  await expect(page.getByTestId('meetings-screen')).toBeVisible()
  await expect(page.getByTestId('person-picker-filter')).toBeFocused()
  await expect(page.getByTestId('new-meeting')).toHaveCount(0)
  await page.getByTestId('person-picker').getByTestId('plan-meeting').click()
  await expect(page).toHaveURL(/#\/meetings\/[0-9a-f-]{36}\/plan$/)
})
