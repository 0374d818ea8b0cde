import { useTranslation } from '../../i18n'
import type { EventRow } from '../../../../shared/api/events'

/**
 * "Sat 5 Dec, 19:00–21:30" / "12月5日(土) 19:00–21:30" in the UI's language and the user's zone;
 * an event over several days shows both dates. Built from two formats rather than Intl's range
 * formatter, whose Japanese pattern writes "19時00分～21時30分".
 */
export function EventWhen({ event }: { event: Pick<EventRow, 'startsAt' | 'endsAt'> }) {
  const { i18n } = useTranslation()
  const locale = i18n.language === 'ja' ? 'ja-JP' : 'en-GB'
  const full = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', weekday: 'short', hour: '2-digit', minute: '2-digit' })
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'short' })
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' })
  const start = new Date(event.startsAt)
  const end = new Date(event.endsAt)
  const sameDay = day.format(start) === day.format(end)
  return <time dateTime={event.startsAt}>{`${full.format(start)}–${sameDay ? time.format(end) : full.format(end)}`}</time>
}
