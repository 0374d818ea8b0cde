import { useTranslation } from '../../i18n'
import type { Interaction } from '../../../../shared/api/people'
import { useFormat } from '../../ui/format'
import { Section } from '../../ui/layout'
import { useSharedWith } from './queries'

/**
 * On a profile: what the user shared with this person (once sent), and what they shared with the
 * user (the "they shared something with me" entries of their timeline): value given both ways.
 */
export function SharedWithSection({ personId, fromThem }: { personId: string; fromThem: Interaction[] }) {
  const { t } = useTranslation()
  const format = useFormat()
  const shared = useSharedWith(personId)
  const given = shared.data ?? []
  if (given.length === 0 && fromThem.length === 0) return null
  return (
    <Section title={t('resources.sharedBothWays')} testId="person-shared">
      {fromThem.length > 0 ? (
        <>
          <h3 className="mb-1 text-sm text-muted">{t('resources.sharedWithMe')}</h3>
          <ul className="mb-3 flex flex-col gap-1 text-sm" data-testid="person-shared-with-me">
            {fromThem.map((entry) => (
              <li key={entry.id}>
                {entry.url ? (
                  <a href={entry.url} target="_blank" rel="noopener noreferrer" className="text-accent underline-offset-4 hover:underline">
                    {entry.summary || entry.url}
                  </a>
                ) : (
                  entry.summary
                )}
                <span className="ml-2 text-muted">{format.instantDate(entry.occurredAt)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {given.length > 0 ? <h3 className="mb-1 text-sm text-muted">{t('resources.sharedWithThem')}</h3> : null}
      <ul className="flex flex-col gap-1 text-sm">
        {given.map((item) => (
          <li key={item.resourceId}>
            {/* A resource removed for good keeps its title here, without the link. */}
            {item.url ? (
              <a href={item.url} target="_blank" rel="noopener noreferrer" className="text-accent underline-offset-4 hover:underline">
                {item.title}
              </a>
            ) : (
              item.title
            )}
            <span className="ml-2 text-muted">{format.instantDate(item.sentAt)}</span>
          </li>
        ))}
      </ul>
    </Section>
  )
}
