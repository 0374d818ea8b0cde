import fc from 'fast-check'
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { escapeText, foldLine, icsCalendar, type CalendarEvent } from '../../../src/shared/domain/ics'

const octets = (text: string) => new TextEncoder().encode(text).length

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  const vevent = calendar.getFirstSubcomponent('vevent')
  if (!vevent) throw new Error('no VEVENT')
  return { calendar, vevent, event: new ICAL.Event(vevent) }
}

const base: CalendarEvent = {
  uid: 'meeting-1@engawa.local',
  stamp: new Date('2026-11-28T09:00:00Z'),
  start: new Date('2026-12-01T03:30:00Z'),
  end: new Date('2026-12-01T04:30:00Z'),
  summary: '1on1: 田中 花子'
}

describe('icsCalendar', () => {
  it('writes a calendar that ical.js reads back value for value', () => {
    const description = '目的: 転職の相談、そして近況;\n質問:\n- 最近、何に夢中ですか?\n- C:\\path\\to, "quoted"'
    const text = icsCalendar({
      ...base,
      location: '渋谷, 東京; 2F',
      description,
      url: 'https://meet.example.com/abc?x=1,2',
      sequence: 3,
      lastModified: new Date('2026-11-27T01:02:03Z')
    })
    const { calendar, vevent, event } = parse(text)
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
    expect(event.uid).toBe('meeting-1@engawa.local')
    expect(event.summary).toBe('1on1: 田中 花子')
    expect(event.location).toBe('渋谷, 東京; 2F')
    expect(event.description).toBe(description)
    expect(event.startDate.toJSDate().toISOString()).toBe('2026-12-01T03:30:00.000Z')
    expect(event.endDate.toJSDate().toISOString()).toBe('2026-12-01T04:30:00.000Z')
    expect(event.startDate.zone?.tzid).toBe('UTC')
    expect(String(vevent.getFirstPropertyValue('url'))).toBe('https://meet.example.com/abc?x=1,2')
    expect(vevent.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-28T09:00:00Z')
    expect(event.sequence).toBe(3)
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED')
  })

  it('uses CRLF only and folds long lines at 75 octets without splitting a character', () => {
    const summary = `${'長い説明の文章です🎌、'.repeat(12)}end`
    const text = icsCalendar({ ...base, summary, description: 'a'.repeat(300) })
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    for (const line of text.split('\r\n')) {
      expect(octets(line)).toBeLessThanOrEqual(75)
      expect(line).not.toContain('\uFFFD')
    }
    expect(parse(text).event.summary).toBe(summary)
  })

  it('marks a cancelled meeting so a calendar that imported it drops it', () => {
    expect(parse(icsCalendar({ ...base, cancelled: true })).vevent.getFirstPropertyValue('status')).toBe('CANCELLED')
  })

  it('escapes text as RFC 5545 3.3.11 says', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf\u0007')).toBe('a\\\\b\\;c\\,d\\ne\\nf')
  })

  it('round-trips any text, folded at any length', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const folded = foldLine(`DESCRIPTION:${escapeText(text)}`)
        for (const line of folded.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75)
        expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${escapeText(text)}`)
        // Any newline reads back as \n; other control characters are dropped, as TEXT allows none.
        // eslint-disable-next-line no-control-regex
        const expected = text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
        expect(parse(icsCalendar({ ...base, description: expected || 'x' })).event.description).toBe(expected || 'x')
      })
    )
  })
})
