import ICAL from 'ical.js'
import { CalendarPages } from './pages/calendar'
import { expect, openApp, test } from './support/app'

const label = { en: 'Add to calendar (.ics)', ja: 'カレンダーに追加（.ics）' }

for (const language of ['en', 'ja'] as const) {
  test(`a planned one-on-one downloads as a calendar file that reads back (${language})`, async ({ page, app }) => {
    const person = await app.call<{ id: string }>('people.create', { familyName: '田中', givenName: '花子', nameOrder: 'family_first' })
    const meeting = await app.call<{ id: string }>('meetings.create', { personId: person.id, purpose: '近況, 転職; 相談' })
    await openApp(page, app, language, language === 'ja' ? 'dark' : 'light')
    const calendar = new CalendarPages(page)
    await calendar.openMeeting(app.origin, meeting.id)
    // No time yet: nothing to put in a calendar.
    await expect(calendar.button()).toHaveCount(0)

    await app.call('meetings.update', { id: meeting.id, patch: { startsAt: '2026-12-01T03:00:00Z', place: '渋谷' } })
    await expect(calendar.button()).toHaveText(label[language])
    await calendar.expectAccessible()
    const file = await calendar.download()
    expect(file.fileName).toMatch(/^one-on-one-2026-1[12]-\d{2}\.ics$/)
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(file.text)).getFirstSubcomponent('vevent') ?? undefined)
    expect(event.uid).toBe(`${meeting.id}@engawa.local`)
    expect(event.summary).toBe('1on1: 田中 花子')
    expect(event.description).toBe('近況, 転職; 相談')
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-01T03:00:00.000Z')
  })
}
