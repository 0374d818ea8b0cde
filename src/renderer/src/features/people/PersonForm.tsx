import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from '../../i18n'
import type { Input } from '../../../../shared/api/contract'
import { Button } from '../../ui/Button'
import { DiscardConfirm, useDiscardGuard } from '../../ui/DiscardConfirm'
import { errorText, fieldErrors, isInvalidInput } from '../../ui/errors'
import { InlineStatus } from '../../ui/layout'
import { textLimits, type FieldLimit } from '../../ui/limits'
import { formChanged, personFromForm, type PersonFormState } from '../../../../shared/domain/person-form'
import { AboutSection, MilestonesNotesSection, NameSection, RelationshipSection, WorkContactSection } from './PersonFormSections'

// The fields whose limit is not short text (see shared/api/people.ts), for "At most N characters".
const fieldLimits: Record<string, FieldLimit> = {
  metHow: textLimits.mediumText,
  links: textLimits.mediumText,
  notes: textLimits.markdown,
  expertise: 'list',
  interests: 'list',
  challenges: 'list',
  tags: 'list',
  milestones: 'list'
}

export interface PersonFormProps {
  title: string
  initial: PersonFormState
  submitLabel: string
  pending: boolean
  error: unknown
  onSubmit: (input: Input<'people.create'>) => void
  onCancel: () => void
}

/** The full profile form, shared by "new" and "edit"; Ctrl/Cmd+Enter saves from any field. */
export function PersonForm({ title, initial, submitLabel, pending, error, onSubmit, onCancel }: PersonFormProps) {
  const { t } = useTranslation()
  const [start] = useState(initial)
  const [form, setForm] = useState(initial)
  const set = <K extends keyof PersonFormState>(key: K, value: PersonFormState[K]) => setForm((current) => ({ ...current, [key]: value }))
  const guard = useDiscardGuard(formChanged(start, form), onCancel)
  const errors = fieldErrors(t, error, fieldLimits)
  const formRef = useRef<HTMLFormElement>(null)
  useEffect(() => {
    // Take the keyboard to the first field to fix; its message is read out with it.
    if (isInvalidInput(error)) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [error])
  const submit = (event?: FormEvent) => {
    event?.preventDefault()
    onSubmit(personFromForm(form, new Date().getFullYear()))
  }
  const props = { form, set, errors }
  return (
    <form
      ref={formRef}
      className="mx-auto max-w-3xl"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit()
        if (event.key === 'Escape') guard.escape()
      }}
      noValidate
      data-testid="person-form"
    >
      <h1 className="mb-4 text-2xl font-semibold tracking-wide">{title}</h1>
      <NameSection {...props} />
      <WorkContactSection {...props} />
      <AboutSection {...props} />
      <RelationshipSection {...props} />
      <MilestonesNotesSection {...props} />
      <div className="sticky -bottom-8 flex flex-wrap items-center gap-4 border-t border-line bg-bg pb-8 pt-4">
        {guard.asking ? <DiscardConfirm onKeep={guard.keep} onDiscard={guard.discard} /> : null}
        {/* Hidden, not unmounted, while asking: "Keep editing" returns focus to Cancel if that is where Esc came from. */}
        <Button type="submit" variant="primary" disabled={pending} hidden={guard.asking} data-testid="save-person">
          {pending ? t('common.saving') : submitLabel}
        </Button>
        <Button variant="quiet" onClick={guard.request} hidden={guard.asking} data-testid="cancel-person">
          {t('common.cancel')}
        </Button>
        {error ? <InlineStatus tone="warn">{errorText(t, error)}</InlineStatus> : null}
      </div>
    </form>
  )
}
