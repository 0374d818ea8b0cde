import { localDateOf } from './dates'

/** "HH:MM" -> minutes after local midnight. */
const minutesOf = (time: string): number => {
  const [hours, minutes] = time.split(':').map(Number) as [number, number]
  return hours * 60 + minutes
}

/** The local wall-clock minute of an instant in a zone. */
export function localMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(instant)
  const hour = Number(parts.find((part) => part.type === 'hour')?.value)
  const minute = Number(parts.find((part) => part.type === 'minute')?.value)
  return hour * 60 + minute
}

/** Quiet hours may wrap midnight (22:00–08:00); equal start and end means none. */
export function inQuietHours(minute: number, quiet: { start: string; end: string }): boolean {
  const start = minutesOf(quiet.start)
  const end = minutesOf(quiet.end)
  if (start === end) return false
  return start < end ? minute >= start && minute < end : minute >= start || minute < end
}

export interface NotifyInput {
  now: Date
  timeZone: string
  reminderTime: string
  quietHours: { start: string; end: string }
  /** Local date of the last reminder shown, so there is at most one a day. */
  lastNotifiedOn: string | null
  pendingThankYous: number
}

/**
 * One gentle reminder a day: only when thank-yous wait, once the reminder time has come, never
 * inside quiet hours and never twice on the same local day. Returns the day to record, or null.
 */
export function reminderDue(input: NotifyInput): string | null {
  if (input.pendingThankYous === 0) return null
  const today = localDateOf(input.now, input.timeZone)
  if (input.lastNotifiedOn === today) return null
  const minute = localMinutes(input.now, input.timeZone)
  if (minute < minutesOf(input.reminderTime)) return null
  if (inQuietHours(minute, input.quietHours)) return null
  return today
}

export interface PendingThankYou {
  id: string
  name: string
  dueOn: string
}

export interface TrayModel {
  tooltip: string
  items: { id: string; label: string }[]
  /** More than the menu shows; the rest are a click away in the window. */
  more: number
}

export interface TrayWords {
  appName: string
  nonePending: string
  pending: (count: number) => string
  thankItem: (name: string) => string
  waitingItem: (name: string) => string
}

const trayMenuLimit = 7

/** What the tray says: a calm count in the tooltip and one menu line per pending thank-you. */
export function trayModel(pending: PendingThankYou[], today: string, words: TrayWords): TrayModel {
  const sorted = [...pending].sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.name.localeCompare(b.name))
  const items = sorted.slice(0, trayMenuLimit).map((item) => ({
    id: item.id,
    label: item.dueOn < today ? words.waitingItem(item.name) : words.thankItem(item.name)
  }))
  const tooltip = pending.length === 0 ? `${words.appName} — ${words.nonePending}` : `${words.appName} — ${words.pending(pending.length)}`
  return { tooltip, items, more: Math.max(0, sorted.length - trayMenuLimit) }
}
