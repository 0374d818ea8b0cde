import { useTranslation } from 'react-i18next'
import { useFormat } from '../../ui/format'
import { Section } from '../../ui/layout'
import { useSharedWith } from './queries'

/** On a profile: what the user shared with this person, once sent. */
export function SharedWithSection({ personId }: { personId: string }) {
  const { t } = useTranslation()
  const format = useFormat()
  const shared = useSharedWith(personId)
  if (!shared.data || shared.data.length === 0) return null
  return (
    <Section title={t('resources.sharedWithThem')} testId="person-shared">
      <ul className="flex flex-col gap-1 text-sm">
        {shared.data.map((item) => (
          <li key={item.resourceId}>
            <a href={item.url} target="_blank" rel="noopener noreferrer" className="text-accent underline-offset-4 hover:underline">
              {item.title}
            </a>
            <span className="ml-2 text-muted">{format.instantDate(item.sentAt)}</span>
          </li>
        ))}
      </ul>
    </Section>
  )
}
