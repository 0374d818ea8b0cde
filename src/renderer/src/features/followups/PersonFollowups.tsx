import { useTranslation } from '../../i18n'
import { Section } from '../../ui/layout'
import { FollowupItem } from './FollowupItem'
import { useFollowups } from './queries'

/** What still waits for this person, on their profile; nothing when all is done. */
export function PersonFollowups({ personId }: { personId: string }) {
  const { t } = useTranslation()
  const followups = useFollowups('pending', personId)
  if (!followups.data || followups.data.length === 0) return null
  return (
    <Section title={t('followups.title')} testId="person-followups">
      <ul className="divide-y divide-line rounded-lg border border-line bg-surface">
        {followups.data.map((item) => (
          <FollowupItem key={item.id} followup={item} />
        ))}
      </ul>
    </Section>
  )
}
