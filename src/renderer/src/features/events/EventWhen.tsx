import { useTranslation } from 'react-i18next'
import type { EventRow } from '../../../../shared/api/events'

/**
 * "Sat 5 Dec, 19:00–21:30" in the UI's language and the user's zone; an event over several days
 * shows both dates. Intl's range formatter leaves out what the two ends share.
 */
export function EventWhen({ event }: { event: Pick<EventRow, 'startsAt' | 'endsAt'> }) {
  const { i18n } = useTranslation()
  const locale = i18n.language.startsWith('ja') ? 'ja-JP' : 'en-GB'
  const format = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', weekday: 'short', hour: '2-digit', minute: '2-digit' })
  return <time dateTime={event.startsAt}>{format.formatRange(new Date(event.startsAt), new Date(event.endsAt))}</time>
}
