import { useState } from 'react'
import { useLocation } from 'wouter'
import { useTranslation } from '../../i18n'
import type { MeetingView } from '../../../../shared/api/meetings'
import { instantOfLocalDateTime, localDateTimeOf } from '../../../../shared/domain/dates'
import { invitationDraft, noSigner, signDraft } from '../../../../shared/domain/drafts'
import { planSteps } from '../../../../shared/domain/meetings'
import { displayName } from '../../../../shared/domain/names'
import { Button } from '../../ui/Button'
import { errorText, fieldErrors } from '../../ui/errors'
import { InlineStatus } from '../../ui/layout'
import { Loaded } from '../../ui/Loaded'
import { WizardSteps } from '../../ui/WizardSteps'
import { InvitationStep, PurposeStep, QuestionsStep, WhenStep, type PlanDraft } from './PlanSteps'
import { useUpdateMeeting } from './mutations'
import { useMeeting, useSuggestedQuestions } from './queries'
import { useSettings } from '../settings/queries'

// The window's zone is the user's: plan times are typed and shown in it.
const zone = () => Intl.DateTimeFormat().resolvedOptions().timeZone
const toLocalInput = (iso: string | null) => (iso ? localDateTimeOf(new Date(iso), zone()) : '')
const fromLocalInput = (value: string) => instantOfLocalDateTime(value, zone())?.toISOString() ?? null

function whenText(value: string, language: 'ja' | 'en'): string {
  if (!value) return ''
  const options: Intl.DateTimeFormatOptions = { month: 'long', day: 'numeric', weekday: 'short', hour: '2-digit', minute: '2-digit' }
  return new Intl.DateTimeFormat(language === 'ja' ? 'ja-JP' : 'en-GB', options).format(new Date(value))
}

function draftFrom(meeting: MeetingView): PlanDraft {
  return {
    purpose: meeting.purpose,
    format: meeting.format,
    startsAt: toLocalInput(meeting.startsAt),
    place: meeting.place,
    link: meeting.link,
    questions: meeting.questions,
    invitationLanguage: meeting.invitationLanguage ?? 'en',
    invitationDraft: meeting.invitationDraft
  }
}

function Wizard({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation()
  const [, navigate] = useLocation()
  const update = useUpdateMeeting(meeting.id)
  const suggestions = useSuggestedQuestions(meeting.id)
  const [draft, setDraft] = useState(() => draftFrom(meeting))
  const [step, setStep] = useState(Math.min(meeting.planStep, planSteps.length - 1))
  const [copied, setCopied] = useState(false)
  const set = <K extends keyof PlanDraft>(key: K, value: PlanDraft[K]) => setDraft((current) => ({ ...current, [key]: value }))
  const name = displayName(meeting.person)
  const settings = useSettings().data
  const compose = (current: PlanDraft) =>
    signDraft(
      invitationDraft({ person: meeting.person, language: current.invitationLanguage, purpose: current.purpose, format: current.format, when: whenText(current.startsAt, current.invitationLanguage) }),
      current.invitationLanguage,
      settings ?? noSigner
    )

  const goTo = (next: number) => {
    // The invitation is written for the user the first time they reach it; after that it is theirs.
    if (planSteps[next] === 'invitation' && draft.invitationDraft.trim() === '') set('invitationDraft', compose(draft))
    setStep(next)
  }
  const save = (after: () => void) =>
    update.mutate(
      {
        purpose: draft.purpose,
        format: draft.format,
        startsAt: fromLocalInput(draft.startsAt),
        place: draft.place,
        link: draft.link.trim(),
        questions: draft.questions.filter((question) => question.text.trim() !== ''),
        invitationLanguage: draft.invitationLanguage,
        invitationDraft: draft.invitationDraft,
        planStep: step
      },
      { onSuccess: after }
    )
  const last = step === planSteps.length - 1
  const props = { draft, set, errors: fieldErrors(t, update.error) }

  return (
    <div className="mx-auto max-w-3xl" data-testid="plan-screen">
      <p className="text-sm text-muted">{t('plan.with', { name })}</p>
      <h1 className="mb-5 text-2xl font-semibold tracking-wide">{t('plan.title')}</h1>
      <WizardSteps
        steps={planSteps}
        current={step}
        onSelect={goTo}
        label={t('plan.steps')}
        stepLabel={(key) => t(`plan.step.${key}`)}
        testId={(key) => `plan-step-${key}`}
        className="mb-8"
      />
      {planSteps[step] === 'purpose' ? <PurposeStep {...props} name={name} /> : null}
      {planSteps[step] === 'when' ? <WhenStep {...props} /> : null}
      {planSteps[step] === 'questions' ? <QuestionsStep {...props} suggestions={suggestions.data ?? []} /> : null}
      {planSteps[step] === 'invitation' ? (
        <InvitationStep
          {...props}
          regenerate={() => set('invitationDraft', compose(draft))}
          copied={copied}
          onCopy={() => void navigator.clipboard.writeText(draft.invitationDraft).then(() => setCopied(true))}
        />
      ) : null}
      <div className="mt-8 flex flex-wrap items-center gap-4 border-t border-line pt-5">
        <Button variant="primary" disabled={update.isPending} onClick={() => save(() => (last ? navigate(`/meetings/${meeting.id}`) : goTo(step + 1)))} data-testid="plan-next">
          {last ? t('plan.finish') : t('plan.saveContinue')}
        </Button>
        {step > 0 ? (
          <Button variant="quiet" onClick={() => goTo(step - 1)}>
            {t('plan.back')}
          </Button>
        ) : null}
        <Button variant="quiet" onClick={() => save(() => navigate('/today'))} data-testid="plan-save-close">
          {t('plan.saveClose')}
        </Button>
        {update.isError ? <InlineStatus tone="warn">{errorText(t, update.error)}</InlineStatus> : null}
      </div>
    </div>
  )
}

export function PlanMeetingScreen({ id }: { id: string }) {
  return <Loaded query={useMeeting(id)}>{(meeting) => <Wizard meeting={meeting} />}</Loaded>
}
