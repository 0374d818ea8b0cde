import { Link } from 'wouter'
import { useTranslation } from '../../i18n'
import type { PersonSummary } from '../../../../shared/api/people'
import { PersonName } from './PersonName'

/** One line of the list; a quiet placeholder while its page is still loading. */
export function PersonRow({ person }: { person: PersonSummary | undefined }) {
  const { t } = useTranslation()
  if (!person) return <div className="mx-4 my-5 h-4 w-48 rounded bg-sunken" aria-hidden="true" />
  const work = [person.headline, person.company].filter(Boolean).join(' · ')
  return (
    <Link
      href={`/people/${person.id}`}
      className="flex h-full items-center gap-4 px-4 hover:bg-sunken focus-visible:bg-sunken"
      data-testid="person-row"
    >
      <div className="min-w-0 flex-1">
        <div className="truncate font-medium">
          <PersonName name={person} />
        </div>
        {work ? <div className="truncate text-sm text-muted">{work}</div> : null}
      </div>
      <div className="hidden shrink-0 gap-1.5 md:flex">
        {person.tags.slice(0, 3).map((tag) => (
          <span key={tag} className="rounded-full bg-accent-soft px-2 py-0.5 text-xs">
            {tag}
          </span>
        ))}
      </div>
      <span className="w-36 shrink-0 text-right text-xs text-muted">{t(`stages.${person.stage}`)}</span>
    </Link>
  )
}
