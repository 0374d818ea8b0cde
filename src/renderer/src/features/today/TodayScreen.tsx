import { Link } from 'wouter'
import { useTranslation } from '../../i18n'
import { displayName } from '../../../../shared/domain/names'
import { errorText } from '../../ui/errors'
import { useFormat } from '../../ui/format'
import { EmptyState, InlineStatus, PageHeader, Section } from '../../ui/layout'
import { FollowupItem } from '../followups/FollowupItem'
import { useToday } from './queries'
import { useDailyAftercare } from '../aftercare/mutations'
import { TodayEvents } from './TodayEvents'

export function TodayScreen() {
  const { t } = useTranslation()
  const format = useFormat()
  const today = useToday()
  useDailyAftercare(today.data?.today)
  if (today.isError) return <InlineStatus tone="warn">{errorText(t, today.error)}</InlineStatus>
  if (!today.data) return null
  const { thankYous, meetings, events, followups, folded, reconnectOverflow, seasons } = today.data
  const nothing = thankYous.length + meetings.length + events.length + followups.length + seasons.length === 0
  return (
    <div className="mx-auto max-w-3xl" data-testid="today-screen">
      <PageHeader title={t('today.title')}>
        <p className="text-sm text-muted">{format.localDate(today.data.today)}</p>
      </PageHeader>
      {nothing ? (
        <EmptyState title={t('today.empty')}>
          <p>{t('today.emptyBody')}</p>
          <Link href="/meetings" className="mt-3 inline-block text-accent underline-offset-4 hover:underline">
            {t('meetings.plan')}
          </Link>
        </EmptyState>
      ) : null}
      {thankYous.length > 0 ? (
        <Section title={t('today.thankYous')} testId="today-thank-yous">
          <p className="mb-3 text-sm text-muted">{t('today.thankYousWhy')}</p>
          <ul className="divide-y divide-line rounded-lg border border-line bg-surface">
            {thankYous.map((item) => (
              <FollowupItem key={item.id} followup={item} />
            ))}
          </ul>
        </Section>
      ) : null}
      {meetings.length > 0 ? (
        <Section title={t('today.meetings')} testId="today-meetings">
          <ul className="divide-y divide-line rounded-lg border border-line bg-surface">
            {meetings.map((meeting) => (
              <li key={meeting.id}>
                <Link href={meeting.prep === 'ready' ? `/meetings/${meeting.id}` : `/meetings/${meeting.id}/plan`} className="flex items-center gap-4 px-4 py-3 hover:bg-sunken" data-testid="today-meeting">
                  <div className="min-w-0 flex-1">
                    <div className="truncate font-medium">{displayName(meeting.person)}</div>
                    <div className="truncate text-sm text-muted">{[meeting.startsAt ? format.instant(meeting.startsAt) : t('meetings.noTime'), meeting.purpose].filter(Boolean).join(' · ')}</div>
                  </div>
                  <span className={`text-xs ${meeting.prep === 'ready' ? 'text-moss' : 'text-muted'}`} data-testid="today-prep">
                    {t(`prep.${meeting.prep}`)}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <TodayEvents events={events} />
      {followups.length > 0 ? (
        <Section title={t('today.followups')} testId="today-followups">
          <ul className="divide-y divide-line rounded-lg border border-line bg-surface">
            {followups.map((item) => (
              <FollowupItem key={item.id} followup={item} />
            ))}
          </ul>
        </Section>
      ) : null}
      {seasons.length > 0 ? (
        <ul className="mt-4 flex flex-col gap-1 text-sm" data-testid="today-seasons">
          {seasons.map((season) => (
            <li key={season.kind}>
              <Link href={`/seasonal/${season.kind}/${season.year}`} className="text-accent underline-offset-4 hover:underline" data-testid="today-season">
                {t('seasonal.todayLine', { season: t(`seasonal.kinds.${season.kind}`), count: season.pending })}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {reconnectOverflow.count > 0 ? (
        <p className="mt-2 text-sm text-muted" data-testid="today-reconnect-overflow">
          {t('aftercare.overflow', { count: reconnectOverflow.count })}
        </p>
      ) : null}
      {folded > 0 ? (
        <Link href="/followups" className="mt-2 inline-block text-sm text-accent underline-offset-4 hover:underline" data-testid="today-folded">
          {t('today.folded', { count: folded })}
        </Link>
      ) : null}
    </div>
  )
}
