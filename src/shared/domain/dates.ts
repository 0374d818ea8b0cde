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

/** The next keep-in-touch date: the cadence counted from the last contact, or null without one. */
export function nextContactOn(lastContact: Date | null, cadenceDays: number | null, timeZone: string): string | null {
  if (!lastContact || !cadenceDays) return null
  return addDays(localDateOf(lastContact, timeZone), cadenceDays)
}
