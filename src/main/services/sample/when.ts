import { addDays, localDateOf } from '../../../shared/domain/dates'
import { localMinutes } from '../../../shared/domain/reminders'

const minute = 60_000
const day = 86_400_000

/** How far a zone's wall clock is ahead of UTC at an instant, in ms. */
function offsetAt(instant: number, timeZone: string): number {
  const date = localDateOf(new Date(instant), timeZone)
  const wall = Date.parse(`${date}T00:00:00Z`) + localMinutes(new Date(instant), timeZone) * minute
  return wall - Math.floor(instant / minute) * minute
}

/**
 * The instant a local date and wall-clock time ("15:00") fall on in a zone. The offset is taken
 * twice, so a daylight-saving change between the guess and the answer still lands on the hour.
 */
export function instantAt(date: string, time: string, timeZone: string): Date {
  const [hour, min] = time.split(':').map(Number) as [number, number]
  const wall = Date.parse(`${date}T00:00:00Z`) + (hour * 60 + min) * minute
  const guess = wall - offsetAt(wall, timeZone)
  return new Date(wall - offsetAt(guess, timeZone))
}

/**
 * A start for "earlier today": about two hours ago on a quarter hour, but never on the previous
 * local day, so the meeting and its same-day thank-you share today even just after midnight.
 */
export function earlierToday(now: Date, timeZone: string): Date {
  const today = localDateOf(now, timeZone)
  for (const minutesAgo of [120, 90, 60, 30, 15]) {
    const candidate = Math.floor((now.getTime() - minutesAgo * minute) / (15 * minute)) * 15 * minute
    if (localDateOf(new Date(candidate), timeZone) === today) return new Date(candidate)
  }
  return now
}

/** A local date some days before today, in the user's zone. */
export const daysBefore = (now: Date, timeZone: string, days: number): string => addDays(localDateOf(now, timeZone), -days)

/** An instant some whole days before now: timeline entries keep the time of day they were made. */
export const instantDaysAgo = (now: Date, days: number): string => new Date(now.getTime() - days * day).toISOString()

/** The date itself, or the Monday after when it falls on a weekend: work conversations keep to weekdays. */
export function weekdayFrom(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay()
  return weekday === 6 ? addDays(date, 2) : weekday === 0 ? addDays(date, 1) : date
}
