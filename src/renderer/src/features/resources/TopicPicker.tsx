import { Link } from 'wouter'
import { useTranslation } from '../../i18n'
import { CheckboxField } from '../../ui/fields'
import { useTopics } from '../topics/queries'

/**
 * Topics from the user's library a resource is about: a group of checkboxes (Tab to move, Space
 * to pick), each named by its topic. Their titles count as words when finding who it fits.
 */
export function TopicPicker({ chosen, onChange }: { chosen: string[]; onChange: (ids: string[]) => void }) {
  const { t } = useTranslation()
  const library = useTopics()
  const topics = library.data ?? []
  const toggle = (id: string) => onChange(chosen.includes(id) ? chosen.filter((x) => x !== id) : [...chosen, id])
  return (
    <fieldset className="flex flex-col gap-1.5" data-testid="resource-topics">
      <legend className="mb-1 text-sm font-medium">{t('resources.fieldTopics')}</legend>
      <p className="mb-1 text-xs text-muted">{t('resources.fieldTopicsHint')}</p>
      {library.data && topics.length === 0 ? (
        <p className="text-sm text-muted">
          {t('resources.noTopics')}{' '}
          <Link href="/topics" className="text-accent underline underline-offset-4">
            {t('resources.openTopics')}
          </Link>
        </p>
      ) : null}
      <div className="grid max-h-48 gap-x-6 gap-y-1 overflow-y-auto sm:grid-cols-2">
        {topics.map((topic) => (
          <CheckboxField
            key={topic.id}
            label={topic.title}
            checked={chosen.includes(topic.id)}
            onChange={() => toggle(topic.id)}
            testId="resource-topic"
            data-topic-title={topic.title}
          />
        ))}
      </div>
    </fieldset>
  )
}
