import { Link, Redirect } from 'wouter'
import { useTranslation } from '../../i18n'
import type { FollowupView } from '../../../../shared/api/followups'
import { displayName } from '../../../../shared/domain/names'
import { seasonalKinds, type SeasonalKind } from '../../../../shared/domain/seasonal'
import { Button } from '../../ui/Button'
import { errorText } from '../../ui/errors'
import { useFormat } from '../../ui/format'
import { InlineStatus, PageHeader } from '../../ui/layout'
import { useSeasonActions } from './mutations'
import { useSeasonalList } from './queries'

function GreetingRow({ item, onSent, busy }: { item: FollowupView; onSent: () => void; busy: boolean }) {
  const { t } = useTranslation()
  const name = displayName(item.person)
  const sent = item.status === 'sent'
  return (
    <li className="px-4 py-3" data-testid="seasonal-row">
      <div className="flex items-center gap-4">
        <Link href={`/followups/${item.id}`} className="min-w-0 flex-1 truncate font-medium hover:underline">
          {name}
        </Link>
        {sent ? (
          <span className="text-sm text-moss" data-testid="seasonal-sent">
            {t('seasonal.sent')}
          </span>
        ) : item.status === 'pending' ? (
          <Button variant="quiet" disabled={busy} onClick={onSent} data-testid="seasonal-mark-sent">
            {t('seasonal.markSent')}
          </Button>
        ) : (
          <span className="text-sm text-muted">{t('seasonal.dismissed')}</span>
        )}
      </div>
      {item.status === 'pending' ? (
        <details className="mt-1 text-sm">
          <summary className="cursor-pointer text-muted">{t('seasonal.showDraft')}</summary>
          <pre className="mt-2 whitespace-pre-wrap rounded-md bg-sunken px-3 py-2 font-sans leading-relaxed" data-testid="seasonal-draft">
            {item.draft}
          </pre>
        </details>
      ) : null}
    </li>
  )
}

/** One season's greetings: a draft per person, sent one by one or all at once, and labels to print. */
export function SeasonalScreen({ kind, year }: { kind: SeasonalKind; year: number }) {
  const { t } = useTranslation()
  const format = useFormat()
  const list = useSeasonalList(kind, year)
  const actions = useSeasonActions(kind, year)
  if (list.isError) return <InlineStatus tone="warn">{errorText(t, list.error)}</InlineStatus>
  if (!list.data) return <p className="text-muted">{t('common.loading')}</p>
  const { items, from, to } = list.data
  const pending = items.filter((item) => item.status === 'pending').length
  const failed = actions.markSent.error ?? actions.markAllSent.error ?? actions.downloadCsv.error
  return (
    <div className="mx-auto max-w-3xl" data-testid="seasonal-screen">
      <PageHeader title={t(`seasonal.kinds.${kind}`)}>
        <p className="text-sm text-muted">{t('seasonal.window', { from: format.localDate(from), to: format.localDate(to) })}</p>
      </PageHeader>
      <p className="mb-4 text-sm text-muted">{t(`seasonal.why.${kind}`)}</p>
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <Button variant="primary" disabled={pending === 0 || actions.markAllSent.isPending} onClick={() => actions.markAllSent.mutate()} data-testid="seasonal-mark-all">
          {t('seasonal.markAll', { count: pending })}
        </Button>
        <Button variant="quiet" disabled={items.length === 0} onClick={() => actions.downloadCsv.mutate()} data-testid="seasonal-csv">
          {t('seasonal.csv')}
        </Button>
      </div>
      {items.length === 0 ? (
        <p className="text-muted">{t('seasonal.empty')}</p>
      ) : (
        <ul className="divide-y divide-line rounded-lg border border-line bg-surface">
          {items.map((item) => (
            <GreetingRow key={item.id} item={item} busy={actions.markSent.isPending} onSent={() => actions.markSent.mutate(item.id)} />
          ))}
        </ul>
      )}
      {failed ? <InlineStatus tone="warn">{errorText(t, failed)}</InlineStatus> : null}
    </div>
  )
}

/** The route's params, checked: an unknown season or year goes back to Today. */
export function SeasonalRoute({ kind, year }: { kind: string; year: string }) {
  const known = (seasonalKinds as readonly string[]).includes(kind) && /^\d{4}$/.test(year)
  if (!known) return <Redirect to="/today" />
  return <SeasonalScreen kind={kind as SeasonalKind} year={Number(year)} />
}
