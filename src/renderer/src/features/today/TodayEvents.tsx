import { Link } from 'wouter'
import { useTranslation } from '../../i18n'
import type { TodayView } from '../../../../shared/api/today'
import { Section } from '../../ui/layout'
import { EventWhen } from '../events/EventWhen'

/** Events of the week with their prep state; one just held offers its reflection instead. */
export function TodayEvents({ events }: { events: TodayView['events'] }) {
  const { t } = useTranslation()
  if (events.length === 0) return null
  return (
    <Section title={t('events.todayTitle')} testId="today-events">
      <ul className="divide-y divide-line rounded-lg border border-line bg-surface">
        {events.map((event) => {
          const href = event.reflect ? `/events/${event.id}/reflect` : event.prep === 'ready' ? `/events/${event.id}/sheet` : `/events/${event.id}/prep`
          return (
            <li key={event.id}>
              <Link href={href} className="flex items-center gap-4 px-4 py-3 hover:bg-sunken" data-testid="today-event" data-reflect={event.reflect}>
                <div className="min-w-0 flex-1">
                  <div className="truncate font-medium">{event.reflect ? t('events.todayReflect', { name: event.name }) : event.name}</div>
                  <div className="truncate text-sm text-muted">
                    {t(`events.kinds.${event.kind}`)} · <EventWhen event={event} />
                  </div>
                </div>
                {event.reflect ? null : (
                  <span className={`text-xs ${event.prep === 'ready' ? 'text-moss' : 'text-muted'}`} data-testid="today-event-prep">
                    {t(`prep.${event.prep}`)}
                  </span>
                )}
              </Link>
            </li>
          )
        })}
      </ul>
    </Section>
  )
}
