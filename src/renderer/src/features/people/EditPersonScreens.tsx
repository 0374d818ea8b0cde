import { useLocation } from 'wouter'
import { useTranslation } from '../../i18n'
import { displayName } from '../../../../shared/domain/names'
import { errorText } from '../../ui/errors'
import { InlineStatus } from '../../ui/layout'
import { emptyForm, formFromPerson } from '../../../../shared/domain/person-form'
import { useCreatePerson, useUpdatePerson } from './mutations'
import { PersonForm } from './PersonForm'
import { usePerson } from './queries'

export function NewPersonScreen() {
  const { t } = useTranslation()
  const [, navigate] = useLocation()
  const create = useCreatePerson()
  return (
    <PersonForm
      title={t('form.newTitle')}
      initial={emptyForm}
      submitLabel={t('form.create')}
      pending={create.isPending}
      error={create.error}
      onSubmit={(input) => create.mutate(input, { onSuccess: (person) => navigate(`/people/${person.id}`) })}
      onCancel={() => navigate('/people')}
    />
  )
}

export function EditPersonScreen({ id }: { id: string }) {
  const { t } = useTranslation()
  const [, navigate] = useLocation()
  const person = usePerson(id)
  const update = useUpdatePerson(id)
  if (person.isPending) return <p className="text-muted">{t('common.loading')}</p>
  if (person.isError) return <InlineStatus tone="warn">{errorText(t, person.error)}</InlineStatus>
  return (
    <PersonForm
      title={t('form.editTitle', { name: displayName(person.data) })}
      initial={formFromPerson(person.data)}
      submitLabel={t('form.saveChanges')}
      pending={update.isPending}
      error={update.error}
      onSubmit={(input) => update.mutate(input, { onSuccess: () => navigate(`/people/${id}`) })}
      onCancel={() => navigate(`/people/${id}`)}
    />
  )
}
