import { useEffect, useRef, useState } from 'react'
import { Link } from 'wouter'
import { useTranslation } from '../../i18n'
import type { FollowupView } from '../../../../shared/api/followups'
import { draftSubjects } from '../../../../shared/domain/drafts'
import { dueWording } from '../../../../shared/domain/followups'
import { mailtoUrl, replyProfileLink } from '../../../../shared/domain/links'
import { displayName } from '../../../../shared/domain/names'
import { Button } from '../../ui/Button'
import { errorText } from '../../ui/errors'
import { InlineStatus } from '../../ui/layout'
import { DueLine } from './DueLine'
import { useFollowupActions } from './mutations'
import { useFollowup } from './queries'

function Actions({ followup }: { followup: FollowupView }) {
  const { t } = useTranslation()
  const actions = useFollowupActions(followup.id)
  const [draft, setDraft] = useState(followup.draft)
  const [copied, setCopied] = useState(false)
  const [snoozeDate, setSnoozeDate] = useState('')
  const dirty = useRef(false)
  const { mutate: saveDraft } = actions.saveDraft
  // The draft is the user's writing: kept as they type (after a pause) and when they leave the field.
  useEffect(() => {
    if (!dirty.current) return
    const timer = setTimeout(() => saveDraft(draft), 500)
    return () => clearTimeout(timer)
  }, [draft, saveDraft])
  const subject = draftSubjects[followup.language][followup.kind === 'thank_you' ? 'thank_you' : 'other']
  const mailto = mailtoUrl(followup.person.email, subject, draft)
  const profile = replyProfileLink(followup.person.links)
  const failed = actions.saveDraft.error ?? actions.markSent.error ?? actions.snooze.error ?? actions.dismiss.error
  return (
    <>
      <label htmlFor="followup-draft" className="mb-1 block font-medium">
        {t('followups.draft')}
      </label>
      <textarea
        id="followup-draft"
        value={draft}
        onChange={(event) => {
          dirty.current = true
          setDraft(event.target.value)
        }}
        onBlur={() => dirty.current && saveDraft(draft)}
        rows={12}
        className="w-full rounded-md border border-line bg-surface px-3 py-2 leading-relaxed"
        data-testid="followup-draft"
      />
      <p className="mb-4 h-4 text-xs text-muted" aria-live="polite">
        {actions.saveDraft.isPending ? t('common.saving') : actions.saveDraft.isSuccess ? t('common.saved') : ''}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <Button onClick={() => void navigator.clipboard.writeText(draft).then(() => setCopied(true))} data-testid="followup-copy">
          {copied ? t('followups.copied') : t('followups.copy')}
        </Button>
        {mailto ? (
          <a href={mailto} target="_blank" rel="noopener noreferrer" className="rounded-md border border-line bg-surface px-3.5 py-1.5 text-sm hover:bg-sunken" data-testid="followup-mail">
            {t('followups.openMail')}
          </a>
        ) : null}
        {profile ? (
          <a href={profile} target="_blank" rel="noopener noreferrer" className="rounded-md border border-line bg-surface px-3.5 py-1.5 text-sm hover:bg-sunken" data-testid="followup-profile">
            {t('followups.openProfile')}
          </a>
        ) : null}
        <Button variant="primary" className="ml-auto" disabled={actions.markSent.isPending} onClick={() => actions.markSent.mutate()} data-testid="followup-mark-sent">
          {t('followups.markSent')}
        </Button>
      </div>
      <div className="mt-6 flex flex-wrap items-center gap-3 border-t border-line pt-4 text-sm">
        <span className="text-muted">{t('followups.snooze')}</span>
        <Button variant="quiet" onClick={() => actions.snooze.mutate('tomorrow')} data-testid="followup-snooze-tomorrow">
          {t('followups.tomorrow')}
        </Button>
        <Button variant="quiet" onClick={() => actions.snooze.mutate('next_week')}>
          {t('followups.nextWeek')}
        </Button>
        <input type="date" aria-label={t('followups.pickDate')} value={snoozeDate} onChange={(event) => setSnoozeDate(event.target.value)} className="rounded-md border border-line bg-surface px-2 py-1" />
        <Button variant="quiet" disabled={snoozeDate === ''} onClick={() => actions.snooze.mutate(snoozeDate)}>
          {t('followups.snoozeTo')}
        </Button>
        <Button variant="quiet" className="ml-auto" onClick={() => actions.dismiss.mutate()} data-testid="followup-dismiss">
          {t('followups.dismiss')}
        </Button>
      </div>
      {failed ? <InlineStatus tone="warn">{errorText(t, failed)}</InlineStatus> : null}
    </>
  )
}

export function FollowupScreen({ id }: { id: string }) {
  const { t } = useTranslation()
  const followup = useFollowup(id)
  if (followup.isPending) return <p className="text-muted">{t('common.loading')}</p>
  if (followup.isError) return <InlineStatus tone="warn">{errorText(t, followup.error)}</InlineStatus>
  const data = followup.data
  const name = displayName(data.person)
  return (
    <article className="mx-auto max-w-3xl" data-testid="followup-screen">
      <p className="text-sm text-muted">
        <Link href={`/people/${data.person.id}`} className="hover:underline" data-testid="followup-person">
          {name}
        </Link>
        {data.meetingId ? (
          <>
            {' · '}
            <Link href={`/meetings/${data.meetingId}`} className="hover:underline">
              {t('followups.fromMeeting')}
            </Link>
          </>
        ) : null}
      </p>
      <h1 className="mb-1 text-2xl font-semibold tracking-wide">{t(`followupKinds.${data.kind}`, { name })}</h1>
      {data.title ? <p className="mb-1 text-lg">{data.title}</p> : null}
      <p className="mb-5 text-sm text-muted" data-testid="followup-due">
        <DueLine wording={dueWording(data)} />
      </p>
      {data.kind === 'thank_you' && data.status === 'pending' ? <p className="mb-4 text-sm text-muted">{t('followups.thankYouWhy')}</p> : null}
      {data.updateProfile && data.status === 'pending' ? (
        <p className="mb-4 text-sm">
          <Link href={`/people/${data.person.id}/edit`} className="text-accent underline-offset-4 hover:underline" data-testid="followup-update-profile">
            {t('aftercare.updateProfile', { name })}
          </Link>
        </p>
      ) : null}
      {data.status === 'pending' ? (
        <Actions key={data.id} followup={data} />
      ) : (
        <div className="flex flex-col gap-3" data-testid="followup-done">
          <pre className="whitespace-pre-wrap rounded-md bg-sunken px-4 py-3 font-sans">{data.draft}</pre>
          <Link href={`/people/${data.person.id}`} className="text-accent underline-offset-4 hover:underline">
            {t('followups.seeTimeline', { name })}
          </Link>
        </div>
      )}
    </article>
  )
}
