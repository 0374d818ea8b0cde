/** Local calendar dates (YYYY-MM-DD) in the user's time zone, computed with Intl only. */

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    // en-CA formats dates as YYYY-MM-DD.
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/** The calendar date an instant falls on in a time zone. */
export const localDateOf = (instant: Date, timeZone: string): string => formatterFor(timeZone).format(instant)

/** Adds whole days to a local date; calendar arithmetic, so daylight saving never shifts it. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10)
}

/** A local date as a count of days (since 1970-01-01): comparing and adding are then plain arithmetic. */
export function dayNumber(date: string): number {
  // Fixed positions of YYYY-MM-DD: no split arrays, as this runs for thousands of people at a time.
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000
}

/** Whole calendar days from one local date to another (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from)

/** The next keep-in-touch date: the cadence counted from the last contact, or null without one. */
export function nextContactOn(lastContact: Date | null, cadenceDays: number | null, timeZone: string): string | null {
  if (!lastContact || !cadenceDays) return null
  return addDays(localDateOf(lastContact, timeZone), cadenceDays)
}

const wallClocks = new Map<string, Intl.DateTimeFormat>()

/** The wall-clock time of an instant in a zone, as a datetime-local input holds it: YYYY-MM-DDTHH:MM. */
export function localDateTimeOf(instant: Date, timeZone: string): string {
  let formatter = wallClocks.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit'
    })
    wallClocks.set(timeZone, formatter)
  }
  const part = (type: Intl.DateTimeFormatPartTypes) => formatter.formatToParts(instant).find((p) => p.type === type)?.value ?? '00'
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`
}

const wallClockPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/

/**
 * The instant a wall-clock time (YYYY-MM-DDTHH:MM) names in a zone, or null for anything else.
 * A time skipped by a daylight-saving jump lands just after the jump, as clocks do.
 */
export function instantOfLocalDateTime(value: string, timeZone: string): Date | null {
  const match = wallClockPattern.exec(value)
  if (!match) return null
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number]
  const asUtc = Date.UTC(year, month - 1, day, hour, minute)
  if (new Date(asUtc).toISOString().slice(0, 16) !== value) return null
  // Guess with the zone's offset at that moment, then correct once with the offset at the guess.
  const offsetAt = (ms: number) => Date.parse(`${localDateTimeOf(new Date(ms), timeZone)}:00Z`) - ms
  const guess = asUtc - offsetAt(asUtc)
  return new Date(asUtc - offsetAt(guess))
}
