import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Input } from '../../../../shared/api/contract'
import { Button } from '../../ui/Button'
import { errorText, fieldErrors } from '../../ui/errors'
import { InlineStatus } from '../../ui/layout'
import { personFromForm, type PersonFormState } from './form-state'
import { AboutSection, MilestonesNotesSection, NameSection, RelationshipSection, WorkContactSection } from './PersonFormSections'

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
  const [form, setForm] = useState(initial)
  const set = <K extends keyof PersonFormState>(key: K, value: PersonFormState[K]) => setForm((current) => ({ ...current, [key]: value }))
  const errors = fieldErrors(t, error)
  const submit = (event?: FormEvent) => {
    event?.preventDefault()
    onSubmit(personFromForm(form, new Date().getFullYear()))
  }
  const props = { form, set, errors }
  return (
    <form
      className="mx-auto max-w-3xl"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) submit()
        if (event.key === 'Escape') onCancel()
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
      <div className="sticky -bottom-8 flex items-center gap-4 border-t border-line bg-bg pb-8 pt-4">
        <Button type="submit" variant="primary" disabled={pending} data-testid="save-person">
          {pending ? t('common.saving') : submitLabel}
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        {error ? <InlineStatus tone="warn">{errorText(t, error)}</InlineStatus> : null}
      </div>
    </form>
  )
}
