import { Link } from 'wouter'
import { useTranslation } from '../../i18n'
import { useFormat } from '../../ui/format'
import { Section } from '../../ui/layout'
import { useMeetings } from './queries'

/** The person's one-on-ones, planned first; nothing at all when there are none. */
export function PersonMeetings({ personId }: { personId: string }) {
  const { t } = useTranslation()
  const format = useFormat()
  const meetings = useMeetings({ personId })
  const items = (meetings.data ?? []).filter((meeting) => meeting.status !== 'cancelled')
  if (items.length === 0) return null
  return (
    <Section title={t('meetings.title')} testId="person-meetings">
      <ul className="flex flex-col gap-1">
        {items.map((meeting) => (
          <li key={meeting.id}>
            <Link href={`/meetings/${meeting.id}`} className="text-accent underline underline-offset-4">
              {meeting.purpose || t(`formats.${meeting.format}`)}
            </Link>
            <span className="ml-2 text-sm text-muted">
              {meeting.status === 'ended' && meeting.endedAt ? t('meetings.endedOn', { date: format.instantDate(meeting.endedAt) }) : meeting.startsAt ? format.instant(meeting.startsAt) : t('meetings.noTime')}
            </span>
          </li>
        ))}
      </ul>
    </Section>
  )
}
