import { Link, useLocation } from 'wouter'
import { useTranslation } from '../../i18n'
import type { EventView } from '../../../../shared/api/events'
import { displayName } from '../../../../shared/domain/names'
import { Button } from '../../ui/Button'
import { Loaded } from '../../ui/Loaded'
import { PageHeader, Section } from '../../ui/layout'
import { Markdown } from '../../ui/Markdown'
import { EventWhen } from './EventWhen'
import { useRestoreEvent, useTrashEvent } from './mutations'
import { useEvent } from './queries'

const linkClass = 'rounded-md px-3.5 py-1.5 text-sm'
const primary = `${linkClass} bg-accent font-medium text-accent-ink hover:opacity-90`
const secondary = `${linkClass} border border-control bg-surface text-ink hover:bg-sunken`

/** What to do next with this event: prepare before it, reflect once it has started. */
function Actions({ event }: { event: EventView }) {
  const { t } = useTranslation()
  const [, navigate] = useLocation()
  const trash = useTrashEvent()
  const restore = useRestoreEvent()
  if (event.deletedAt) {
    return (
      <>
        <span className="text-sm text-muted">{t('events.trashed')}</span>
        <Button onClick={() => restore.mutate(event.id)} data-testid="event-restore">
          {t('events.restore')}
        </Button>
      </>
    )
  }
  const started = Date.parse(event.startsAt) <= Date.now()
  const prepLabel = event.prep === 'not_started' ? t('events.prepare') : t('events.continuePrep')
  return (
    <>
      {started ? (
        <Link href={`/events/${event.id}/reflect`} className={primary} data-testid="event-reflect">
          {event.reflectedAt ? t('events.reflectAgain') : t('events.reflect')}
        </Link>
      ) : (
        <Link href={`/events/${event.id}/prep`} className={primary} data-testid="event-prepare">
          {prepLabel}
        </Link>
      )}
      <Link href={`/events/${event.id}/sheet`} className={secondary} data-testid="event-sheet">
        {t('events.sheet')}
      </Link>
      {started ? (
        <Link href={`/events/${event.id}/prep`} className={secondary} data-testid="event-prepare">
          {prepLabel}
        </Link>
      ) : null}
      <Button variant="quiet" onClick={() => trash.mutate(event.id, { onSuccess: () => navigate('/events') })} data-testid="event-trash">
        {t('events.trash')}
      </Button>
    </>
  )
}

function EventPage({ event }: { event: EventView }) {
  const { t, i18n } = useTranslation()
  const targets = event.attendees.filter((a) => a.target)
  const others = event.attendees.filter((a) => a.attending && !a.target)
  const met = event.attendees.filter((a) => a.met)
  return (
    <div className="mx-auto max-w-3xl" data-testid="event-screen">
      <PageHeader title={event.name} aside={<Actions event={event} />}>
        <p className="mt-1 text-sm text-muted">
          {t(`events.kinds.${event.kind}`)} · <EventWhen event={event} />
          {event.place ? ` · ${event.place}` : ''} · <span data-testid="event-prep-state">{t(`prep.${event.prep}`)}</span>
        </p>
        {event.link ? (
          <a href={event.link} target="_blank" rel="noreferrer" className="text-sm text-accent underline underline-offset-4">
            {event.link}
          </a>
        ) : null}
      </PageHeader>
      {event.goals.length > 0 ? (
        <Section title={t('events.step.goals')} testId="event-goals">
          <ul className="flex flex-col gap-1">
            {event.goals.map((goal) => (
              <li key={goal.text} className="flex items-baseline justify-between gap-4">
                <span>{goal.text}</span>
                {goal.outcome ? <span className="text-sm text-muted">{t(`events.outcome.${goal.outcome}`)}</span> : null}
              </li>
            ))}
          </ul>
          {event.energy !== null ? <p className="mt-2 text-sm text-muted">{t('events.energy', { value: event.energy })}</p> : null}
        </Section>
      ) : null}
      {met.length > 0 ? (
        <Section title={t('events.whoIMet')} testId="event-met">
          <ul className="flex flex-col gap-2">
            {met.map((attendee) => (
              <li key={attendee.person.id}>
                <Link href={`/people/${attendee.person.id}`} className="font-medium text-accent underline-offset-4 hover:underline">
                  {displayName(attendee.person)}
                </Link>
                {attendee.talkedAbout ? <p className="text-sm text-muted">{attendee.talkedAbout}</p> : null}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {event.reflection.trim() ? (
        <Section title={t('events.reflectionNote')}>
          <Markdown>{event.reflection}</Markdown>
        </Section>
      ) : null}
      <Section title={t('events.targetsTitle')} testId="event-targets">
        {targets.length === 0 ? <p className="text-sm text-muted">{t('events.noTargets')}</p> : null}
        <ul className="flex flex-col gap-1">
          {targets.map((attendee) => (
            <li key={attendee.person.id}>
              <Link href={`/people/${attendee.person.id}`} className="text-accent underline-offset-4 hover:underline">
                {displayName(attendee.person)}
              </Link>
            </li>
          ))}
        </ul>
      </Section>
      {others.length > 0 ? (
        <Section title={t('events.alsoThere')}>
          <p className="text-sm">{others.map((a) => displayName(a.person)).join(i18n.language === 'ja' ? '、' : ', ')}</p>
        </Section>
      ) : null}
      {event.notes.trim() ? (
        <Section title={t('events.notes')}>
          <Markdown>{event.notes}</Markdown>
        </Section>
      ) : null}
    </div>
  )
}

export function EventScreen({ id }: { id: string }) {
  return <Loaded query={useEvent(id)}>{(data) => <EventPage event={data} />}</Loaded>
}
