import { Link } from 'wouter'
import { useTranslation } from '../../i18n'
import type { EventView } from '../../../../shared/api/events'
import type { TopicKind } from '../../../../shared/domain/meetings'
import { displayName } from '../../../../shared/domain/names'
import { suggestOpeners } from '../../../../shared/domain/openers'
import { Button } from '../../ui/Button'
import { Loaded } from '../../ui/Loaded'
import { Markdown } from '../../ui/Markdown'
import { MarkdownFileButtons } from '../exports/MarkdownFileButtons'
import { api } from '../../api/client'
import { CalendarFileButton } from '../exports/CalendarFileButton'
import { EventWhen } from './EventWhen'
import { useEvent } from './queries'

function SheetSection({ title, children, testId }: { title: string; children: React.ReactNode; testId?: string }) {
  return (
    <section className="print-avoid-break border-t border-line py-4" data-testid={testId}>
      <h2 className="mb-2 text-sm font-semibold tracking-wider text-muted">{title}</h2>
      {children}
    </section>
  )
}

function Targets({ event, language }: { event: EventView; language: 'ja' | 'en' }) {
  const { t } = useTranslation()
  const topics = event.topics.map((topic) => ({ kind: topic.kind as TopicKind, title: topic.title }))
  const targets = event.attendees.filter((a) => a.target)
  if (targets.length === 0) return <p className="text-sm text-muted">{t('events.noTargets')}</p>
  return (
    <div className="flex flex-col gap-4">
      {targets.map((attendee) => (
        <article key={attendee.person.id} className="print-avoid-break" data-testid="sheet-target">
          <h3 className="font-medium">
            {displayName(attendee.person)}
            {attendee.person.headline ? <span className="ml-2 text-sm font-normal text-muted">{attendee.person.headline}</span> : null}
          </h3>
          {attendee.research.trim() ? (
            <div className="mt-1 text-sm">
              <Markdown>{attendee.research.trim()}</Markdown>
            </div>
          ) : null}
          {attendee.commonTopics.trim() ? (
            <p className="mt-1 text-sm">
              <span className="text-muted">{t('events.commonTopics')}: </span>
              {attendee.commonTopics}
            </p>
          ) : null}
          <p className="mt-2 text-xs font-semibold tracking-wider text-muted">{t('events.openers')}</p>
          <ul className="ml-5 list-disc text-sm" data-testid="sheet-openers">
            {suggestOpeners(attendee.person, topics, language).map((opener) => (
              <li key={opener}>{opener}</li>
            ))}
          </ul>
        </article>
      ))}
    </div>
  )
}

function EnergyPlan({ event }: { event: EventView }) {
  const { t } = useTranslation()
  const rows = (
    [
      ['arriveAt', event.arriveAt],
      ['leaveBy', event.leaveBy],
      ['breakPlan', event.breakPlan],
      ['recovery', event.recovery],
      ['quietPlace', event.quietPlace]
    ] as const
  ).filter(([, value]) => value.trim() !== '')
  if (rows.length === 0) return null
  return (
    <SheetSection title={t('events.step.energy')} testId="sheet-energy">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {rows.map(([key, value]) => (
          <div key={key} className="contents">
            <dt className="text-muted">{t(`events.${key}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </SheetSection>
  )
}

/** One page to read on the way: targets with research and openers, goals, topics, energy plan. */
function Sheet({ event }: { event: EventView }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  const others = event.attendees.filter((a) => a.attending && !a.target)
  return (
    <article className="mx-auto max-w-3xl" data-testid="prep-sheet">
      <div className="mb-4 flex flex-wrap items-center gap-2" data-print="hidden">
        <Link href={`/events/${event.id}`} className="text-sm text-accent underline-offset-4 hover:underline">
          ← {event.name}
        </Link>
        <span className="flex-1" />
        <Button variant="secondary" onClick={() => window.print()} data-testid="sheet-print">
          {t('events.print')}
        </Button>
        <MarkdownFileButtons kind="event" id={event.id} />
        <CalendarFileButton load={() => api.events.ics({ id: event.id })} testId="event-ics" />
      </div>
      <p className="text-sm text-muted">{t('events.sheetTitle')}</p>
      <h1 className="text-2xl font-semibold tracking-wide">{event.name}</h1>
      <p className="mb-4 text-sm text-muted">
        {t(`events.kinds.${event.kind}`)} · <EventWhen event={event} />
        {event.place ? ` · ${event.place}` : ''}
      </p>
      <SheetSection title={t('events.step.goals')} testId="sheet-goals">
        {event.goals.length === 0 ? (
          <p className="text-sm text-muted">{t('events.noGoals')}</p>
        ) : (
          <ol className="ml-5 list-decimal">
            {event.goals.map((goal) => (
              <li key={goal.text}>{goal.text}</li>
            ))}
          </ol>
        )}
      </SheetSection>
      <SheetSection title={t('events.targetsTitle')} testId="sheet-targets">
        <Targets event={event} language={language} />
      </SheetSection>
      {event.topics.length > 0 ? (
        <SheetSection title={t('events.topicsChosen')} testId="sheet-topics">
          <ul className="ml-5 list-disc text-sm">
            {event.topics.map((topic) => (
              <li key={topic.id}>{topic.title}</li>
            ))}
          </ul>
        </SheetSection>
      ) : null}
      <EnergyPlan event={event} />
      {others.length > 0 ? (
        <SheetSection title={t('events.alsoThere')} testId="sheet-others">
          <p className="text-sm">{others.map((a) => displayName(a.person)).join(i18n.language === 'ja' ? '、' : ', ')}</p>
        </SheetSection>
      ) : null}
    </article>
  )
}

export function PrepSheetScreen({ id }: { id: string }) {
  return <Loaded query={useEvent(id)}>{(data) => <Sheet event={data} />}</Loaded>
}
