import { useTranslation } from '../../i18n'
import type { FollowupView } from '../../../../shared/api/followups'
import { errorText } from '../../ui/errors'
import { EmptyState, InlineStatus, PageHeader, Section } from '../../ui/layout'
import { FollowupItem } from './FollowupItem'
import { useFollowups } from './queries'

const groups: FollowupView['when'][] = ['today', 'waiting', 'week', 'later']

export function FollowupsScreen() {
  const { t } = useTranslation()
  const followups = useFollowups('pending')
  const items = followups.data ?? []
  return (
    <div className="mx-auto max-w-3xl" data-testid="followups-screen">
      <PageHeader title={t('followups.title')}>
        <p className="text-sm text-muted">{t('followups.intro')}</p>
      </PageHeader>
      {followups.isError ? <InlineStatus tone="warn">{errorText(t, followups.error)}</InlineStatus> : null}
      {followups.isSuccess && items.length === 0 ? <EmptyState title={t('followups.empty')}>{t('followups.emptyBody')}</EmptyState> : null}
      {groups.map((group) => {
        const inGroup = items.filter((item) => item.when === group)
        if (inGroup.length === 0) return null
        return (
          <Section key={group} title={t(`followups.group.${group}`)} testId={`followups-${group}`}>
            <ul className="divide-y divide-line rounded-lg border border-line bg-surface">
              {inGroup.map((item) => (
                <FollowupItem key={item.id} followup={item} />
              ))}
            </ul>
          </Section>
        )
      })}
    </div>
  )
}
