import { useDeferredValue, useState } from 'react'
import { useTranslation } from '../../i18n'
import type { PersonSummary } from '../../../../shared/api/people'
import { Button } from '../../ui/Button'
import { PersonName } from './PersonName'
import { usePeopleList } from './queries'

/**
 * Find someone in People as you type (either name order, readings, any width) and pick them. The
 * first eight matches show; `exclude` hides people already chosen.
 */
export function PersonPicker({ label, action, onPick, exclude = [], testId = 'person-picker' }: { label: string; action: string; onPick: (person: PersonSummary) => void; exclude?: string[]; testId?: string }) {
  const { t } = useTranslation()
  const [query, setQuery] = useState('')
  const people = usePeopleList({ query: useDeferredValue(query), tag: null, stage: null })
  const items = (people.data?.pages[0]?.items ?? []).filter((person) => !exclude.includes(person.id)).slice(0, 8)
  return (
    <div className="rounded-md bg-sunken p-4" data-testid={testId}>
      <input
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        placeholder={label}
        aria-label={label}
        className="mb-3 w-full rounded-md border border-control bg-surface px-3 py-1.5 placeholder:text-muted"
        data-testid={`${testId}-filter`}
      />
      {people.data && items.length === 0 ? <p className="text-sm text-muted">{t('people.noMatch')}</p> : null}
      <ul className="flex flex-col gap-1">
        {items.map((person) => (
          <li key={person.id} className="flex items-center justify-between gap-3">
            <PersonName name={person} />
            <Button variant="quiet" onClick={() => onPick(person)} data-testid={`${testId}-pick`}>
              {action}
            </Button>
          </li>
        ))}
      </ul>
    </div>
  )
}
