/** A minimal iCalendar (RFC 5545) writer for one event: what calendar apps need to import it. */

export interface CalendarEvent {
  /** Stable across exports, so importing again updates the event instead of adding a second one. */
  uid: string
  /** When the file was written (DTSTAMP). */
  stamp: Date
  start: Date
  end: Date
  summary: string
  location?: string
  description?: string
  url?: string
  /** Grows with each edit, so calendars accept the newer copy (SEQUENCE). */
  sequence?: number
  lastModified?: Date
  cancelled?: boolean
}

/** TEXT values (RFC 5545 3.3.11): backslash, semicolon and comma escaped, any newline as \n. */
export function escapeText(text: string): string {
  return (
    text
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n')
      // TEXT allows no other control character (3.3.11); a stray one would break some readers.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
  )
}

const utf8Length = (codePoint: number): number => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4)

/**
 * Folds a content line at 75 octets (RFC 5545 3.1): each continuation starts with one space, which
 * counts toward its 75. Counted in UTF-8 and cut between code points, never inside a character.
 */
export function foldLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0)
    if (octets + size > 75) {
      parts.push(current)
      current = ' '
      octets = 1
    }
    current += char
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n')
}

/** UTC date-time form: 20261128T090000Z. */
export const icsDateTime = (instant: Date): string => instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')

/** The whole file: CRLF line endings, folded lines, one VEVENT. */
export function icsCalendar(event: CalendarEvent, productId = '-//Engawa//Engawa//EN'): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${icsDateTime(event.stamp)}`,
    `DTSTART:${icsDateTime(event.start)}`,
    `DTEND:${icsDateTime(event.end)}`,
    `SUMMARY:${escapeText(event.summary)}`
  ]
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`)
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`)
  // A URI value, not TEXT: it is written as is (the contract only lets web addresses through).
  if (event.url) lines.push(`URL:${event.url.replace(/[\r\n]/g, '')}`)
  if (event.sequence !== undefined) lines.push(`SEQUENCE:${event.sequence}`)
  if (event.lastModified) lines.push(`LAST-MODIFIED:${icsDateTime(event.lastModified)}`)
  lines.push(`STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`, 'END:VEVENT', 'END:VCALENDAR')
  return lines.map(foldLine).join('\r\n') + '\r\n'
}
