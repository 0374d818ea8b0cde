import { useVirtualizer } from '@tanstack/react-virtual'
import { useDeferredValue, useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { Link } from 'wouter'
import { useTranslation } from '../../i18n'
import { stages, type Stage } from '../../../../shared/domain/people'
import { Button } from '../../ui/Button'
import { errorText } from '../../ui/errors'
import { EmptyState, InlineStatus, PageHeader } from '../../ui/layout'
import { PersonRow } from './PersonRow'
import { allPeople, usePeopleList, useTags, type PeopleFilter } from './queries'

const rowHeight = 68

export function PeopleListScreen() {
  const { t } = useTranslation()
  const [filter, setFilter] = useState<PeopleFilter>(allPeople)
  // Typing stays responsive: the list follows the filter a moment later, never blocking a keystroke.
  const deferredFilter = useDeferredValue(filter)
  const list = usePeopleList(deferredFilter)
  const tags = useTags()
  const items = list.data?.pages.flatMap((page) => page.items) ?? []
  const total = list.data?.pages[0]?.total ?? 0
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8
  })
  const rows = virtualizer.getVirtualItems()
  const lastVisible = rows.at(-1)?.index ?? 0

  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list
  useEffect(() => {
    if (lastVisible >= items.length - 20 && hasNextPage && !isFetchingNextPage) void fetchNextPage()
  }, [lastVisible, items.length, hasNextPage, isFetchingNextPage, fetchNextPage])

  // The row the keyboard is on; kept apart from DOM focus, which moves a frame later (keys repeat faster).
  const activeIndex = useRef<number | null>(null)
  const indexOf = (target: EventTarget) => Number((target as HTMLElement).closest('[data-index]')?.getAttribute('data-index'))

  function moveFocus(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
    const current = activeIndex.current ?? indexOf(event.target)
    if (Number.isNaN(current)) return
    event.preventDefault()
    const next = Math.min(total - 1, Math.max(0, current + (event.key === 'ArrowDown' ? 1 : -1)))
    activeIndex.current = next
    virtualizer.scrollToIndex(next)
    requestAnimationFrame(() => scrollRef.current?.querySelector<HTMLElement>(`[data-index="${next}"] a`)?.focus())
  }

  const filtered = filter.query !== '' || filter.tag !== null || filter.stage !== null
  return (
    <div className="flex h-full flex-col">
      <PageHeader
        title={t('people.title')}
        aside={
          <Link href="/people/new" className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-accent-ink" data-testid="new-person">
            {t('people.new')}
          </Link>
        }
      >
        <p className="text-sm text-muted" data-testid="people-count">
          {t('people.count', { count: total })}
        </p>
      </PageHeader>

      <div className="mb-4 flex flex-wrap gap-3" role="search">
        <input
          type="search"
          aria-label={t('people.searchLabel')}
          placeholder={t('people.search')}
          value={filter.query}
          onChange={(event) => setFilter({ ...filter, query: event.target.value })}
          className="min-w-64 flex-1 rounded-md border border-control bg-surface px-3 py-1.5 placeholder:text-muted"
          data-testid="people-filter"
        />
        <select
          aria-label={t('people.tagFilter')}
          value={filter.tag ?? ''}
          onChange={(event) => setFilter({ ...filter, tag: event.target.value || null })}
          className="rounded-md border border-control bg-surface px-3 py-1.5"
          data-testid="tag-filter"
        >
          <option value="">{t('people.allTags')}</option>
          {(tags.data ?? []).map((tag) => (
            <option key={tag.name} value={tag.name}>
              {tag.name} ({tag.count})
            </option>
          ))}
        </select>
        <select
          aria-label={t('people.stageFilter')}
          value={filter.stage ?? ''}
          onChange={(event) => setFilter({ ...filter, stage: (event.target.value || null) as Stage | null })}
          className="rounded-md border border-control bg-surface px-3 py-1.5"
          data-testid="stage-filter"
        >
          <option value="">{t('people.allStages')}</option>
          {stages.map((stage) => (
            <option key={stage} value={stage}>
              {t(`stages.${stage}`)}
            </option>
          ))}
        </select>
      </div>

      {list.isError ? <InlineStatus tone="warn">{errorText(t, list.error)}</InlineStatus> : null}
      {list.isSuccess && total === 0 ? (
        filtered ? (
          <EmptyState title={t('people.noMatch')}>
            <Button variant="quiet" onClick={() => setFilter(allPeople)}>
              {t('people.clearFilter')}
            </Button>
          </EmptyState>
        ) : (
          <EmptyState title={t('people.emptyTitle')}>
            <p>{t('people.emptyBody')}</p>
            <Link href="/import" className="mt-3 inline-block text-accent underline-offset-4 hover:underline" data-testid="people-import">
              {t('imports.entry')}
            </Link>
          </EmptyState>
        )
      ) : null}

      <div
        ref={scrollRef}
        className="min-h-0 flex-1 overflow-auto rounded-lg border border-line bg-surface"
        hidden={total === 0}
        onKeyDown={moveFocus}
        onFocus={(event) => {
          const index = indexOf(event.target)
          activeIndex.current = Number.isNaN(index) ? null : index
        }}
        data-testid="people-list"
      >
        <ul aria-label={t('people.listLabel')} className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
          {rows.map((row) => (
            <li
              key={row.key}
              data-index={row.index}
              className="absolute left-0 top-0 w-full border-b border-line last:border-b-0"
              style={{ height: row.size, transform: `translateY(${row.start}px)` }}
            >
              <PersonRow person={items[row.index]} />
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}
