import { useEffect, useState, type KeyboardEvent } from 'react'
import { useLocation } from 'wouter'
import { useTranslation } from '../../i18n'
import type { PersonSummary } from '../../../../shared/api/people'
import { displayName } from '../../../../shared/domain/names'
import { stages, type Stage } from '../../../../shared/domain/people'
import { errorText } from '../../ui/errors'
import { useFormat } from '../../ui/format'
import { InlineStatus, PageHeader } from '../../ui/layout'
import { useMoveStage } from './mutations'
import { usePipeline } from './queries'

const cardSelector = (id: string, stage?: Stage) => `[data-card="${id}"]${stage ? `[data-stage="${stage}"]` : ''}`

/**
 * The path from "discovered" to "ongoing", one column per stage. The keyboard does everything:
 * arrows move between people and columns, Shift with ← or → moves a person one stage, Enter opens
 * them. Stages also move by themselves as things happen; a move here is the user's own say.
 */
export function PipelineScreen() {
  const { t } = useTranslation()
  const format = useFormat()
  const [, navigate] = useLocation()
  const board = usePipeline()
  const move = useMoveStage()
  // After a move the card re-renders in its new column; focus follows it there.
  const [follow, setFollow] = useState<{ id: string; stage: Stage } | null>(null)
  useEffect(() => {
    if (!follow) return
    const card = document.querySelector<HTMLElement>(cardSelector(follow.id, follow.stage))
    if (card) {
      card.focus()
      setFollow(null)
    }
  }, [board.data, follow])

  if (board.isError) return <InlineStatus tone="warn">{errorText(t, board.error)}</InlineStatus>
  const columns = board.data?.columns ?? []

  const onKey = (event: KeyboardEvent<HTMLElement>, person: PersonSummary, column: number, row: number) => {
    const focusAt = (c: number, r: number) => {
      const target = columns[c]
      if (!target || target.items.length === 0) return false
      const item = target.items[Math.max(0, Math.min(r, target.items.length - 1))]
      if (item) document.querySelector<HTMLElement>(cardSelector(item.id))?.focus()
      return true
    }
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0
    if (step !== 0 && event.shiftKey) {
      event.preventDefault()
      const next = stages[column + step]
      if (next) {
        setFollow({ id: person.id, stage: next })
        move.mutate({ id: person.id, stage: next }, { onError: () => setFollow(null) })
      }
      return
    }
    if (step !== 0) {
      event.preventDefault()
      // Skips empty columns, so an arrow always lands somewhere if anywhere.
      for (let c = column + step; c >= 0 && c < columns.length; c += step) if (focusAt(c, row)) return
      return
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      focusAt(column, row + (event.key === 'ArrowDown' ? 1 : -1))
      return
    }
    if (event.key === 'Enter') navigate(`/people/${person.id}`)
  }

  return (
    <div data-testid="pipeline-screen">
      <PageHeader title={t('pipeline.title')}>
        <p className="mt-1 max-w-2xl text-sm text-muted">{t('pipeline.why')}</p>
      </PageHeader>
      <p className="mb-4 text-xs text-muted" id="pipeline-keys">
        {t('pipeline.keys')}
      </p>
      {move.isError ? <InlineStatus tone="warn">{errorText(t, move.error)}</InlineStatus> : null}
      <div className="grid grid-cols-5 gap-3" data-testid="pipeline">
        {columns.map((column, c) => (
          <section key={column.stage} aria-labelledby={`stage-${column.stage}`} className="flex min-w-0 flex-col rounded-lg bg-sunken/70 p-2" data-testid={`pipeline-${column.stage}`}>
            <h2 id={`stage-${column.stage}`} className="mb-2 flex items-baseline justify-between px-1 text-sm font-semibold text-muted">
              <span>{t(`stages.${column.stage}`)}</span>
              <span className="font-normal" data-testid="pipeline-count">
                {column.total.toLocaleString()}
              </span>
            </h2>
            <ul className="flex flex-col gap-1.5">
              {column.items.map((person, r) => (
                <li key={person.id}>
                  <button
                    type="button"
                    data-card={person.id}
                    data-stage={column.stage}
                    aria-describedby="pipeline-keys"
                    onKeyDown={(event) => onKey(event, person, c, r)}
                    onClick={() => navigate(`/people/${person.id}`)}
                    className="w-full rounded-md border border-line bg-surface px-2.5 py-1.5 text-left text-sm hover:bg-accent-soft focus-visible:outline-2 focus-visible:outline-accent"
                    data-testid="pipeline-card"
                  >
                    <span className="block truncate font-medium">{displayName(person)}</span>
                    <span className="block truncate text-xs text-muted">
                      {person.lastContactAt ? format.instantDate(person.lastContactAt) : t('pipeline.noContact')}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
            {column.total > column.items.length ? (
              <p className="mt-2 px-1 text-xs text-muted">{t('pipeline.more', { count: column.total - column.items.length })}</p>
            ) : null}
          </section>
        ))}
      </div>
    </div>
  )
}

