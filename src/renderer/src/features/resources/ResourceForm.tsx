import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../ui/Button'
import { errorText, fieldErrors } from '../../ui/errors'
import { TextArea, TextField } from '../../ui/fields'
import { InlineStatus } from '../../ui/layout'
import { useCreateResource } from './mutations'

const empty = { title: '', url: '', why: '', tags: '' }

/** Adds a resource: title, an https link, why it is useful, and tags to match people by. */
export function ResourceForm() {
  const { t } = useTranslation()
  const create = useCreateResource()
  const [form, setForm] = useState(empty)
  const errors = fieldErrors(t, create.error)
  const set = (key: keyof typeof empty) => (e: { target: { value: string } }) => setForm((current) => ({ ...current, [key]: e.target.value }))
  const save = () =>
    create.mutate(
      { title: form.title, url: form.url, why: form.why, tags: form.tags.split(/[,、，]/u).map((tag) => tag.trim()).filter(Boolean) },
      { onSuccess: () => setForm(empty) }
    )
  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault()
        save()
      }}
      data-testid="resource-form"
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t('resources.fieldTitle')} value={form.title} onChange={set('title')} error={errors.title} testId="resource-title" />
        <TextField label={t('resources.fieldUrl')} type="url" placeholder="https://" value={form.url} onChange={set('url')} error={errors.url} testId="resource-url" />
      </div>
      <TextArea label={t('resources.fieldWhy')} value={form.why} onChange={set('why')} error={errors.why} rows={2} testId="resource-why" />
      <TextField label={t('resources.fieldTags')} hint={t('resources.fieldTagsHint')} value={form.tags} onChange={set('tags')} error={errors.tags} testId="resource-tags" />
      <div className="flex items-center gap-3">
        <Button type="submit" variant="primary" disabled={create.isPending} data-testid="resource-save">
          {t('resources.add')}
        </Button>
        {create.isError && Object.keys(errors).length === 0 ? <InlineStatus tone="warn">{errorText(t, create.error)}</InlineStatus> : null}
      </div>
    </form>
  )
}
