import { useState } from 'react'
import { Link } from 'wouter'
import { useTranslation } from '../../i18n'
import type { EventSummary } from '../../../../shared/api/events'
import { eventMatches } from '../../../../shared/domain/events'
import { errorText } from '../../ui/errors'
import { useFormat } from '../../ui/format'
import { EmptyState, InlineStatus, PageHeader, Section } from '../../ui/layout'
import { useEvents } from './queries'

const isPast = (event: EventSummary) => Date.parse(event.endsAt) < Date.now()

function UpcomingRow({ event }: { event: EventSummary }) {
  const { t } = useTranslation()
  const format = useFormat()
  return (
    <li>
      <Link href={`/events/${event.id}`} className="flex items-center gap-4 px-4 py-3 hover:bg-sunken" data-testid="event-row">
        <div className="min-w-0 flex-1">
          <div className="truncate font-medium">{event.name}</div>
          <div className="truncate text-sm text-muted">
            {t(`events.kinds.${event.kind}`)} · {t('events.people', { count: event.attendeeCount })}
            {event.targetCount > 0 ? ` · ${t('events.targets', { count: event.targetCount })}` : ''}
          </div>
        </div>
        <span className="text-sm text-muted">{format.instant(event.startsAt)}</span>
        <span className="w-28 text-right text-xs text-muted" data-testid="event-prep">
          {t(`prep.${event.prep}`)}
        </span>
      </Link>
    </li>
  )
}

/** A past event with how it went: goals met and energy left, to see which events suit the user. */
function PastRow({ event }: { event: EventSummary }) {
  const { t } = useTranslation()
  const format = useFormat()
  const met = event.goals.filter((goal) => goal.outcome === 'met').length
  return (
    <li>
      <Link href={`/events/${event.id}`} className="flex items-center gap-4 px-4 py-3 hover:bg-sunken" data-testid="past-event-row">
        <div className="min-w-0 flex-1">
          <div className="truncate font-medium">{event.name}</div>
          <div className="truncate text-sm text-muted">
            {t(`events.kinds.${event.kind}`)} · {format.instantDate(event.startsAt)}
          </div>
        </div>
        {event.reflectedAt ? (
          <span className="text-right text-sm text-muted" data-testid="past-event-outcome">
            {event.goals.length > 0 ? t('events.goalsMet', { met, total: event.goals.length }) : null}
            {event.energy !== null ? <span className="ml-3">{t('events.energy', { value: event.energy })}</span> : null}
          </span>
        ) : (
          <span className="text-sm text-muted">{t('events.notReflected')}</span>
        )}
      </Link>
    </li>
  )
}

export function EventsScreen() {
  const { t } = useTranslation()
  const events = useEvents()
  const [query, setQuery] = useState('')
  const shown = events.data?.filter((event) => eventMatches(event, query)) ?? []
  const upcoming = shown.filter((event) => !isPast(event))
  const past = shown.filter(isPast)
  return (
    <div className="mx-auto max-w-3xl" data-testid="events-screen">
      <PageHeader
        title={t('events.title')}
        aside={
          <Link href="/events/new" className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-accent-ink hover:opacity-90" data-testid="new-event">
            {t('events.new')}
          </Link>
        }
      />
      {events.isError ? <InlineStatus tone="warn">{errorText(t, events.error)}</InlineStatus> : null}
      {events.data && events.data.length === 0 ? <EmptyState title={t('events.empty')}>{t('events.emptyBody')}</EmptyState> : null}
      {events.data && events.data.length > 0 ? (
        <input
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t('events.filter')}
          aria-label={t('events.filter')}
          className="mb-2 w-full rounded-md border border-control bg-surface px-3 py-1.5 placeholder:text-muted"
          data-testid="events-filter"
        />
      ) : null}
      {events.data && events.data.length > 0 && shown.length === 0 ? <p className="py-4 text-sm text-muted">{t('events.noMatch')}</p> : null}
      {upcoming.length > 0 ? (
        <Section title={t('events.upcoming')} testId="events-upcoming">
          <ul className="divide-y divide-line rounded-lg border border-line bg-surface">
            {upcoming.map((event) => (
              <UpcomingRow key={event.id} event={event} />
            ))}
          </ul>
        </Section>
      ) : null}
      {past.length > 0 ? (
        <details className="border-t border-line py-5" data-testid="events-past">
          <summary className="cursor-pointer text-sm font-semibold tracking-wider text-muted">{t('events.past', { count: past.length })}</summary>
          <p className="mb-3 mt-2 text-sm text-muted">{t('events.pastWhy')}</p>
          <ul className="divide-y divide-line rounded-lg border border-line bg-surface">
            {past.map((event) => (
              <PastRow key={event.id} event={event} />
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  )
}

