import { useState } from 'react'
import { useTranslation } from '../../i18n'
import { topicKinds, type TopicKind } from '../../../../shared/domain/meetings'
import { Button } from '../../ui/Button'
import { errorText } from '../../ui/errors'
import { SelectField, TextField } from '../../ui/fields'
import { InlineStatus } from '../../ui/layout'
import { useTopicActions } from '../topics/mutations'
import { useTopics } from '../topics/queries'
import type { StepProps } from './EventPrepScreen'
import { useSetTopics } from './mutations'

/** Topics to bring: picked from the user's library, or written here and added to it. */
export function TopicsStep({ event, footer }: StepProps) {
  const { t } = useTranslation()
  const library = useTopics()
  const { create } = useTopicActions()
  const setTopics = useSetTopics(event.id)
  const [chosen, setChosen] = useState<string[]>(() => event.topics.map((topic) => topic.id))
  const [draft, setDraft] = useState<{ kind: TopicKind; title: string }>({ kind: 'expertise', title: '' })
  const toggle = (id: string) => setChosen((current) => (current.includes(id) ? current.filter((x) => x !== id) : [...current, id]))
  const addTopic = () =>
    create.mutate(
      { kind: draft.kind, title: draft.title.trim(), body: '' },
      {
        onSuccess: (topic) => {
          setChosen((current) => [...current, topic.id])
          setDraft((current) => ({ ...current, title: '' }))
        }
      }
    )
  const topics = library.data ?? []
  return (
    <div className="flex flex-col gap-6">
      <fieldset className="flex flex-col gap-2" data-testid="event-topics">
        <legend className="mb-2 text-sm font-semibold tracking-wider text-muted">{t('events.topicsLibrary')}</legend>
        {library.data && topics.length === 0 ? <p className="text-sm text-muted">{t('events.noTopics')}</p> : null}
        {topics.map((topic) => (
          <label key={topic.id} className="flex items-start gap-2.5">
            <input type="checkbox" className="mt-1.5" checked={chosen.includes(topic.id)} onChange={() => toggle(topic.id)} data-testid="event-topic" />
            <span>
              {topic.title}
              <span className="ml-2 text-xs text-muted">{t(`topics.kinds.${topic.kind}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="flex flex-wrap items-end gap-3 rounded-md bg-sunken p-4" data-testid="event-new-topic">
        <SelectField label={t('events.newTopicKind')} value={draft.kind} onChange={(e) => setDraft((current) => ({ ...current, kind: e.target.value as TopicKind }))} options={topicKinds.map((value) => ({ value, label: t(`topics.kinds.${value}`) }))} />
        <div className="min-w-60 flex-1">
          <TextField label={t('events.newTopic')} value={draft.title} onChange={(e) => setDraft((current) => ({ ...current, title: e.target.value }))} testId="event-new-topic-title" />
        </div>
        <Button disabled={draft.title.trim() === '' || create.isPending} onClick={addTopic} data-testid="event-add-topic">
          {t('events.addTopic')}
        </Button>
        {create.isError ? <InlineStatus tone="warn">{errorText(t, create.error)}</InlineStatus> : null}
      </div>
      {footer(() => setTopics.mutateAsync(chosen))}
    </div>
  )
}
