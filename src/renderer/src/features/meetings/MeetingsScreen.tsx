import { useDeferredValue, useState } from 'react'
import { Link } from 'wouter'
import { useTranslation } from '../../i18n'
import type { MeetingView } from '../../../../shared/api/meetings'
import { displayName } from '../../../../shared/domain/names'
import { prepState } from '../../../../shared/domain/meetings'
import { useFormat } from '../../ui/format'
import { EmptyState, PageHeader, Section } from '../../ui/layout'
import { PersonName } from '../people/PersonName'
import { usePeopleList } from '../people/queries'
import { PlanMeetingButton } from './PlanMeetingButton'
import { useMeetings } from './queries'

function MeetingRow({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation()
  const format = useFormat()
  const when = meeting.status === 'ended' ? meeting.endedAt : meeting.startsAt
  return (
    <li>
      <Link href={meeting.status === 'planned' && meeting.planStep < 3 ? `/meetings/${meeting.id}/plan` : `/meetings/${meeting.id}`} className="flex items-center gap-4 px-4 py-3 hover:bg-sunken" data-testid="meeting-row">
        <div className="min-w-0 flex-1">
          <div className="truncate font-medium">{displayName(meeting.person)}</div>
          <div className="truncate text-sm text-muted">{meeting.purpose || t(`formats.${meeting.format}`)}</div>
        </div>
        <span className="text-sm text-muted">{when ? format.instant(when) : t('meetings.noTime')}</span>
        {meeting.status === 'planned' ? <span className="w-28 text-right text-xs text-muted">{t(`prep.${prepState(meeting)}`)}</span> : null}
      </Link>
    </li>
  )
}

function MeetingList({ title, meetings }: { title: string; meetings: MeetingView[] | undefined }) {
  if (!meetings || meetings.length === 0) return null
  return (
    <Section title={title}>
      <ul className="divide-y divide-line rounded-lg border border-line bg-surface">
        {meetings.map((meeting) => (
          <MeetingRow key={meeting.id} meeting={meeting} />
        ))}
      </ul>
    </Section>
  )
}

function PersonPicker() {
  const { t } = useTranslation()
  const [query, setQuery] = useState('')
  const people = usePeopleList({ query: useDeferredValue(query), tag: null, stage: null })
  const items = people.data?.pages[0]?.items.slice(0, 8) ?? []
  return (
    <div className="mb-6 rounded-md bg-sunken p-4" data-testid="person-picker">
      <input
        autoFocus
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        placeholder={t('meetings.pickPerson')}
        aria-label={t('meetings.pickPerson')}
        className="mb-3 w-full rounded-md border border-line bg-surface px-3 py-1.5"
        data-testid="person-picker-filter"
      />
      <ul className="flex flex-col gap-1">
        {items.map((person) => (
          <li key={person.id} className="flex items-center justify-between gap-3">
            <PersonName name={person} />
            <PlanMeetingButton personId={person.id} variant="quiet" />
          </li>
        ))}
      </ul>
    </div>
  )
}

/** `picking` opens the person picker at once: "Plan a one-on-one" from the dock lands here. */
export function MeetingsScreen({ picking: startPicking = false }: { picking?: boolean }) {
  const { t } = useTranslation()
  const planned = useMeetings({ status: 'planned' })
  const ended = useMeetings({ status: 'ended' })
  const [picking, setPicking] = useState(startPicking)
  return (
    <div className="mx-auto max-w-3xl" data-testid="meetings-screen">
      <PageHeader
        title={t('meetings.title')}
        aside={
          picking ? null : (
            <button type="button" className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-accent-ink" onClick={() => setPicking(true)} data-testid="new-meeting">
              {t('meetings.plan')}
            </button>
          )
        }
      >
        <p className="text-sm text-muted">{t('meetings.intro')}</p>
      </PageHeader>
      {picking ? <PersonPicker /> : null}
      {!picking && planned.data?.length === 0 && ended.data?.length === 0 ? <EmptyState title={t('meetings.empty')}>{t('meetings.emptyBody')}</EmptyState> : null}
      <MeetingList title={t('meetings.upcoming')} meetings={planned.data} />
      <MeetingList title={t('meetings.past')} meetings={ended.data} />
    </div>
  )
}
