import { useState, type FormEvent } from 'react'
import { useTranslation } from '../../i18n'
import type { Topic } from '../../../../shared/api/topics'
import { topicKinds, type TopicKind } from '../../../../shared/domain/meetings'
import { Button } from '../../ui/Button'
import { errorText, fieldErrors } from '../../ui/errors'
import { SelectField, TextArea, TextField } from '../../ui/fields'
import { EmptyState, InlineStatus, PageHeader, Section } from '../../ui/layout'
import { textLimits } from '../../ui/limits'
import { useTopicActions } from './mutations'
import { useTopics } from './queries'

function TopicForm({ topic, onDone }: { topic?: Topic; onDone: () => void }) {
  const { t } = useTranslation()
  const actions = useTopicActions()
  const [kind, setKind] = useState<TopicKind>(topic?.kind ?? 'question')
  const [title, setTitle] = useState(topic?.title ?? '')
  const [body, setBody] = useState(topic?.body ?? '')
  const mutation = topic ? actions.update : actions.create
  const errors = fieldErrors(t, mutation.error, { body: textLimits.mediumText })
  const submit = (event: FormEvent) => {
    event.preventDefault()
    const options = { onSuccess: onDone }
    if (topic) actions.update.mutate({ id: topic.id, kind, title, body }, options)
    else actions.create.mutate({ kind, title, body }, options)
  }
  return (
    <form onSubmit={submit} className="mb-6 flex flex-col gap-3 rounded-md bg-sunken p-4" data-testid="topic-form">
      <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
        <SelectField label={t('topics.kind')} value={kind} onChange={(e) => setKind(e.target.value as TopicKind)} options={topicKinds.map((value) => ({ value, label: t(`topics.kinds.${value}`) }))} testId="topic-kind" />
        <TextField label={t('topics.topicTitle')} value={title} onChange={(e) => setTitle(e.target.value)} error={errors.title} testId="topic-title" autoFocus />
      </div>
      <TextArea label={t('topics.body')} value={body} onChange={(e) => setBody(e.target.value)} error={errors.body} rows={2} />
      <div className="flex items-center gap-3">
        <Button type="submit" data-testid="topic-save">
          {t('common.save')}
        </Button>
        <Button variant="quiet" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        {/* Announced even when a field shows the detail: the alert says why nothing was saved. */}
        {mutation.isError ? <InlineStatus tone="warn">{errorText(t, mutation.error)}</InlineStatus> : null}
      </div>
    </form>
  )
}

export function TopicsScreen() {
  const { t } = useTranslation()
  const topics = useTopics()
  const actions = useTopicActions()
  const [editing, setEditing] = useState<string | 'new' | null>(null)
  const items = topics.data ?? []
  return (
    <div className="mx-auto max-w-3xl" data-testid="topics-screen">
      <PageHeader
        title={t('topics.title')}
        aside={
          editing === 'new' ? null : (
            <button type="button" onClick={() => setEditing('new')} className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-accent-ink" data-testid="new-topic">
              {t('topics.add')}
            </button>
          )
        }
      >
        <p className="text-sm text-muted">{t('topics.intro')}</p>
      </PageHeader>
      {editing === 'new' ? <TopicForm onDone={() => setEditing(null)} /> : null}
      {topics.isSuccess && items.length === 0 && editing !== 'new' ? <EmptyState title={t('topics.empty')}>{t('topics.emptyBody')}</EmptyState> : null}
      {topicKinds.map((kind) => {
        const ofKind = items.filter((topic) => topic.kind === kind)
        if (ofKind.length === 0) return null
        return (
          <Section key={kind} title={t(`topics.kinds.${kind}`)}>
            <ul className="flex flex-col gap-3">
              {ofKind.map((topic) =>
                editing === topic.id ? (
                  <li key={topic.id}>
                    <TopicForm topic={topic} onDone={() => setEditing(null)} />
                  </li>
                ) : (
                  <li key={topic.id} className="flex items-start gap-3" data-testid="topic-row" data-topic-id={topic.id}>
                    <div className="flex-1">
                      <p>{topic.title}</p>
                      {topic.body ? <p className="text-sm text-muted">{topic.body}</p> : null}
                    </div>
                    <Button variant="quiet" onClick={() => setEditing(topic.id)}>
                      {t('common.edit')}
                    </Button>
                    <Button variant="quiet" onClick={() => actions.remove.mutate(topic.id)}>
                      {t('common.remove')}
                    </Button>
                  </li>
                )
              )}
            </ul>
          </Section>
        )
      })}
    </div>
  )
}
