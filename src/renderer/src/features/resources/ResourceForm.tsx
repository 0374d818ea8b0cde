import { useState } from 'react'
import { useTranslation } from '../../i18n'
import type { Resource } from '../../../../shared/api/resources'
import { Button } from '../../ui/Button'
import { errorText, fieldErrors } from '../../ui/errors'
import { TextArea, TextField } from '../../ui/fields'
import { InlineStatus } from '../../ui/layout'
import { useCreateResource, useUpdateResource } from './mutations'
import { TopicPicker } from './TopicPicker'

const empty = { title: '', url: '', why: '', tags: '', topicIds: [] as string[] }
type Form = typeof empty

const formOf = (resource: Resource): Form => ({ ...resource, tags: resource.tags.join(', '), topicIds: resource.topics.map((topic) => topic.id) })
const inputOf = (form: Form) => ({ ...form, tags: form.tags.split(/[,、，]/u).map((tag) => tag.trim()).filter(Boolean) })

/**
 * Adds a resource, or edits one (`resource`): title, an https link, why it is useful, tags and
 * topics to match people by. A refused link or title is said beside its field; nothing is saved.
 */
export function ResourceForm({ resource, onDone }: { resource?: Resource; onDone?: () => void }) {
  const { t } = useTranslation()
  const create = useCreateResource()
  const update = useUpdateResource()
  const save = resource ? update : create
  const [form, setForm] = useState<Form>(() => (resource ? formOf(resource) : empty))
  const errors = fieldErrors(t, save.error)
  const set = (key: Exclude<keyof Form, 'topicIds'>) => (e: { target: { value: string } }) => setForm((current) => ({ ...current, [key]: e.target.value }))
  const submit = () => {
    const done = () => (resource ? onDone?.() : setForm(empty))
    if (resource) update.mutate({ id: resource.id, ...inputOf(form) }, { onSuccess: done })
    else create.mutate(inputOf(form), { onSuccess: done })
  }
  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault()
        submit()
      }}
      data-testid={resource ? 'resource-edit-form' : 'resource-form'}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t('resources.fieldTitle')} value={form.title} onChange={set('title')} error={errors.title} testId="resource-title" />
        <TextField label={t('resources.fieldUrl')} type="url" placeholder="https://" value={form.url} onChange={set('url')} error={errors.url} testId="resource-url" />
      </div>
      <TextArea label={t('resources.fieldWhy')} value={form.why} onChange={set('why')} error={errors.why} rows={2} testId="resource-why" />
      <TextField label={t('resources.fieldTags')} hint={t('resources.fieldTagsHint')} value={form.tags} onChange={set('tags')} error={errors.tags} testId="resource-tags" />
      <TopicPicker chosen={form.topicIds} onChange={(topicIds) => setForm((current) => ({ ...current, topicIds }))} />
      <div className="flex items-center gap-3">
        <Button type="submit" variant={resource ? 'secondary' : 'primary'} disabled={save.isPending} data-testid="resource-save">
          {resource ? t('common.save') : t('resources.add')}
        </Button>
        {resource ? (
          <Button variant="quiet" onClick={onDone} data-testid="resource-cancel">
            {t('common.cancel')}
          </Button>
        ) : null}
        {save.isError && Object.keys(errors).length === 0 ? <InlineStatus tone="warn">{errorText(t, save.error)}</InlineStatus> : null}
      </div>
    </form>
  )
}
