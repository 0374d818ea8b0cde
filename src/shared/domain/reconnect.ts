import { dayNumber } from './dates'
import { cadenceRange, stages, type Stage } from './people'

/*
 * Reconnect suggestions: who to get back in touch with today, a few a day.
 *
 * Pure and deterministic: the same people, day and cap give the same answer; nothing reads the
 * clock. The only memory it needs is one date per person, `lastSuggestedOn`, the last day the app
 * suggested them; the caller records it for each suggestion it shows (e.g. as the day the
 * reconnect follow-up was made). From it:
 * - Due: `cadence` days after the later of the last contact and the last suggestion, so a
 *   suggestion left unanswered comes back one cadence later, not every morning.
 * - Today's list is first whoever was already suggested today (asking again during the day gives
 *   the same list, and answering one does not pull in another: the cap counts suggestions made),
 *   then the best-ranked due people up to the cap.
 * - Rank: someone not yet suggested since their last contact before anyone suggested and left
 *   unanswered; then an open promise; then lateness in quarters of the cadence (20 days late on a
 *   monthly cadence before 60 days late on a yearly one); within the same quarter the closer
 *   stage; then exact lateness; then id, so ties never depend on input order.
 * - Spread: the rest wait for the following days, the next `perDay` each. As the not-yet-suggested
 *   go first and each is suggested once, a person due on day d (or, if later, the first day asked)
 *   is suggested by that day + floor((n - 1) / perDay), n being how many are due: a crowd that falls
 *   due at once (after an import, a holiday) is spread over ceil(n / perDay) days, never dumped.
 */

export interface ReconnectPerson {
  id: string
  stage: Stage
  /** Null: no keep-in-touch clock. Shorter than the form allows reads as the shortest allowed. */
  cadenceDays: number | null
  /** Local date of the last logged interaction of any kind; null: the clock has not started. */
  lastContactOn: string | null
  /** Local date the app last suggested reconnecting; null if never. */
  lastSuggestedOn: string | null
  /** Local date the person's reconnect is snoozed until (suggested again from that day on). */
  snoozedUntil: string | null
  reconnectOff: boolean
  hasOpenPromise: boolean
}

export interface ReconnectInput {
  /** The user's local date (YYYY-MM-DD). */
  today: string
  people: readonly ReconnectPerson[]
  /** The daily cap (a setting); 3 when left out. */
  perDay?: number
}

export interface ReconnectSuggestion {
  id: string
  /** Days past the cadence counted from the last contact (0: due today). */
  daysOverdue: number
  cadenceDays: number
  hasOpenPromise: boolean
}

export interface ReconnectDay {
  /** Today's suggestions, best first; record `lastSuggestedOn = today` for each one shown. */
  suggestions: ReconnectSuggestion[]
  /** Due but left for the following days: "12 more, spread over the next days". */
  overflow: number
  /** Days the overflow takes at the cap if nothing changes. */
  overflowDays: number
}

export const defaultReconnectsPerDay = 3

interface Ranked extends ReconnectSuggestion {
  fresh: boolean
  quarter: number
  closeness: number
  lateness: number
}

const cadenceOf = (person: ReconnectPerson) =>
  person.cadenceDays && person.cadenceDays > 0 ? Math.max(person.cadenceDays, cadenceRange.min) : null

/** Ranks someone due; dates as day numbers, since this runs for everyone with a cadence every morning. */
function ranked(person: ReconnectPerson, cadenceDays: number, lastContact: number, today: number): Ranked {
  const daysOverdue = today - (lastContact + cadenceDays)
  const lateness = daysOverdue / cadenceDays
  return {
    id: person.id,
    daysOverdue,
    cadenceDays,
    hasOpenPromise: person.hasOpenPromise,
    fresh: person.lastSuggestedOn === null || dayNumber(person.lastSuggestedOn) <= lastContact,
    quarter: Math.floor(lateness * 4),
    closeness: stages.indexOf(person.stage),
    lateness
  }
}

const byRank = (a: Ranked, b: Ranked): number =>
  Number(b.fresh) - Number(a.fresh) ||
  Number(b.hasOpenPromise) - Number(a.hasOpenPromise) ||
  b.quarter - a.quarter ||
  b.closeness - a.closeness ||
  b.lateness - a.lateness ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

const strip = ({ id, daysOverdue, cadenceDays, hasOpenPromise }: Ranked): ReconnectSuggestion => ({
  id,
  daysOverdue,
  cadenceDays,
  hasOpenPromise
})

/** Today's reconnect suggestions, capped and ranked, with how many wait for the following days. */
export function reconnectSuggestions(input: ReconnectInput): ReconnectDay {
  const { today } = input
  const perDay = Math.max(0, Math.floor(input.perDay ?? defaultReconnectsPerDay))
  let usedToday = 0
  const shownToday: Ranked[] = []
  const due: Ranked[] = []
  const todayNumber = dayNumber(today)
  for (const person of input.people) {
    if (person.lastSuggestedOn === today) usedToday += 1
    const cadenceDays = cadenceOf(person)
    if (person.reconnectOff || cadenceDays === null || person.lastContactOn === null) continue
    if (person.snoozedUntil !== null && person.snoozedUntil > today) continue
    if (person.lastContactOn >= today) continue
    const lastContact = dayNumber(person.lastContactOn)
    if (person.lastSuggestedOn === today) {
      shownToday.push(ranked(person, cadenceDays, lastContact, todayNumber))
      continue
    }
    const from = person.lastSuggestedOn !== null && person.lastSuggestedOn > person.lastContactOn ? dayNumber(person.lastSuggestedOn) : lastContact
    if (from + cadenceDays <= todayNumber) due.push(ranked(person, cadenceDays, lastContact, todayNumber))
  }
  due.sort(byRank)
  const room = Math.max(0, perDay - usedToday)
  const picked = due.slice(0, room)
  const overflow = due.length - picked.length
  return {
    suggestions: [...shownToday.sort(byRank), ...picked].map(strip),
    overflow,
    overflowDays: perDay === 0 ? 0 : Math.ceil(overflow / perDay)
  }
}
