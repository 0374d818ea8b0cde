import { useTranslation } from '../../i18n'
import type { MeetingView } from '../../../../shared/api/meetings'
import { meetingFormats } from '../../../../shared/domain/meetings'
import type { SuggestedQuestion } from '../../../../shared/domain/questions'
import { Button } from '../../ui/Button'
import { SelectField, TextArea, TextField } from '../../ui/fields'

export interface PlanDraft {
  purpose: string
  format: MeetingView['format']
  startsAt: string
  place: string
  link: string
  questions: SuggestedQuestion[]
  invitationLanguage: 'ja' | 'en'
  invitationDraft: string
}

export interface StepProps {
  draft: PlanDraft
  set: <K extends keyof PlanDraft>(key: K, value: PlanDraft[K]) => void
  errors: Record<string, string>
}

export function PurposeStep({ draft, set, errors, name }: StepProps & { name: string }) {
  const { t } = useTranslation()
  return (
    <div className="flex flex-col gap-4">
      <p className="text-muted">{t('plan.purposeWhy', { name })}</p>
      <TextArea label={t('plan.purpose')} placeholder={t('plan.purposePlaceholder')} value={draft.purpose} onChange={(e) => set('purpose', e.target.value)} error={errors.purpose} rows={3} testId="plan-purpose" autoFocus />
    </div>
  )
}

export function WhenStep({ draft, set, errors }: StepProps) {
  const { t } = useTranslation()
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <p className="text-muted sm:col-span-2">{t('plan.whenWhy')}</p>
      <SelectField label={t('plan.format')} value={draft.format} onChange={(e) => set('format', e.target.value as PlanDraft['format'])} options={meetingFormats.map((value) => ({ value, label: t(`formats.${value}`) }))} testId="plan-format" />
      <TextField label={t('plan.startsAt')} type="datetime-local" value={draft.startsAt} onChange={(e) => set('startsAt', e.target.value)} error={errors.startsAt} testId="plan-starts-at" />
      <TextField label={t('plan.place')} value={draft.place} onChange={(e) => set('place', e.target.value)} testId="plan-place" />
      <TextField label={t('plan.link')} type="url" placeholder="https://" value={draft.link} onChange={(e) => set('link', e.target.value)} error={errors.link} testId="plan-link" />
    </div>
  )
}

export function QuestionsStep({ draft, set, suggestions }: StepProps & { suggestions: SuggestedQuestion[] }) {
  const { t } = useTranslation()
  const chosen = new Set(draft.questions.map((question) => question.text))
  const toggle = (question: SuggestedQuestion) =>
    set('questions', chosen.has(question.text) ? draft.questions.filter((q) => q.text !== question.text) : [...draft.questions, question])
  const edit = (index: number, text: string) => set('questions', draft.questions.map((q, i) => (i === index ? { ...q, text } : q)))
  return (
    <div className="flex flex-col gap-5">
      <p className="text-muted">{t('plan.questionsWhy')}</p>
      <fieldset className="flex flex-col gap-2" data-testid="plan-suggestions">
        <legend className="mb-2 text-sm font-semibold text-muted">{t('plan.suggested')}</legend>
        {suggestions.length === 0 ? <p className="text-sm text-muted">{t('plan.noSuggestions')}</p> : null}
        {suggestions.map((question) => (
          <label key={question.text} className="flex items-start gap-2.5">
            <input type="checkbox" className="mt-1.5" checked={chosen.has(question.text)} onChange={() => toggle(question)} data-testid="plan-suggestion" />
            <span>
              {question.text}
              <span className="ml-2 text-xs text-muted">{t(`plan.source.${question.source}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="flex flex-col gap-2" data-testid="plan-questions">
        <h3 className="text-sm font-semibold text-muted">{t('plan.chosen')}</h3>
        {draft.questions.map((question, index) => (
          <div key={index} className="flex items-center gap-2">
            <input
              aria-label={t('plan.questionN', { n: index + 1 })}
              value={question.text}
              onChange={(e) => edit(index, e.target.value)}
              className="flex-1 rounded-md border border-line bg-surface px-3 py-1.5"
              data-testid="plan-question"
            />
            <Button variant="quiet" onClick={() => set('questions', draft.questions.filter((_, i) => i !== index))}>
              {t('common.remove')}
            </Button>
          </div>
        ))}
        <Button variant="quiet" className="-ml-1.5 self-start" onClick={() => set('questions', [...draft.questions, { text: '', source: 'own' }])} data-testid="plan-add-question">
          {t('plan.addQuestion')}
        </Button>
      </div>
    </div>
  )
}

export function InvitationStep({ draft, set, regenerate, copied, onCopy }: StepProps & { regenerate: () => void; copied: boolean; onCopy: () => void }) {
  const { t } = useTranslation()
  return (
    <div className="flex flex-col gap-4">
      <p className="text-muted">{t('plan.invitationWhy')}</p>
      <div className="flex flex-wrap items-end gap-4">
        <SelectField
          label={t('plan.invitationLanguage')}
          value={draft.invitationLanguage}
          onChange={(e) => set('invitationLanguage', e.target.value as PlanDraft['invitationLanguage'])}
          options={[
            { value: 'ja', label: '日本語' },
            { value: 'en', label: 'English' }
          ]}
          testId="plan-invitation-language"
        />
        <Button variant="quiet" onClick={regenerate} data-testid="plan-regenerate">
          {t('plan.regenerate')}
        </Button>
      </div>
      <TextArea label={t('plan.invitation')} value={draft.invitationDraft} onChange={(e) => set('invitationDraft', e.target.value)} rows={9} testId="plan-invitation" />
      <div className="flex items-center gap-3">
        <Button onClick={onCopy} data-testid="plan-copy">
          {t('followups.copy')}
        </Button>
        {copied ? <span className="text-sm text-moss">{t('followups.copied')}</span> : null}
      </div>
    </div>
  )
}
