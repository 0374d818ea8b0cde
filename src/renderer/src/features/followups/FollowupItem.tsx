import { Link } from 'wouter'
import { useTranslation } from '../../i18n'
import type { FollowupView } from '../../../../shared/api/followups'
import { dueWording } from '../../../../shared/domain/followups'
import { displayName } from '../../../../shared/domain/names'
import { DueLine } from './DueLine'

/** The draft's first line after the greeting: what the message is about. */
const draftGist = (draft: string) => draft.split('\n').filter((line) => line.trim() !== '').slice(1, 2).join('')

/** One line of the inbox or Today: who, what, and when, calmly. */
export function FollowupItem({ followup }: { followup: FollowupView }) {
  const { t } = useTranslation()
  const name = displayName(followup.person)
  return (
    <li>
      <Link href={`/followups/${followup.id}`} className="flex items-center gap-4 px-4 py-3 hover:bg-sunken" data-testid="followup-item">
        <div className="min-w-0 flex-1">
          <div className="truncate font-medium">{t(`followupKinds.${followup.kind}`, { name })}</div>
          <div className="truncate text-sm text-muted">{followup.title || draftGist(followup.draft)}</div>
        </div>
        <span className="shrink-0 text-sm text-muted" data-testid="followup-when">
          <DueLine wording={dueWording(followup)} short />
        </span>
      </Link>
    </li>
  )
}
