import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { navigate } from 'wouter/use-hash-location'
import { useTranslation } from '../../i18n'
import type { SearchHit } from '../../../../shared/api/search'
import { ModalDialog } from '../../ui/ModalDialog'
import { useCreateMeeting } from '../meetings/mutations'
import { HitLine } from './HitLine'
import { openExport, openHit, openTouchpointLogger } from './open-item'
import { itemKey, paletteGroups, type PaletteItem, type PersonAsk } from './palette-items'
import { useSearch } from './queries'

/**
 * Ctrl+K / Cmd+K: one box for everything written down, and a few commands. A combobox over a
 * listbox of groups: ↑ ↓ move, Enter opens the item at the place that matched, Esc closes.
 */
export function SearchPalette({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const id = useId()
  const [text, setText] = useState('')
  const [asking, setAsking] = useState<PersonAsk | null>(null)
  const [active, setActive] = useState(0)
  const input = useRef<HTMLInputElement>(null)
  const search = useSearch(text)
  const createMeeting = useCreateMeeting()
  useEffect(() => input.current?.focus(), [asking])

  const hits = text.trim() === '' ? [] : (search.data?.hits ?? [])
  const groups = useMemo(() => paletteGroups(text, hits, (command) => t(`search.commands.${command}`), asking), [text, hits, t, asking])
  const items = groups.flatMap((group) => group.items)
  const current = Math.min(active, Math.max(0, items.length - 1))
  const optionId = (item: PaletteItem) => `${id}-${itemKey(item)}`
  useEffect(() => setActive(0), [text, asking])
  useEffect(() => {
    const item = items[current]
    if (item) document.getElementById(optionId(item))?.scrollIntoView({ block: 'nearest' })
  })

  const choose = (item: PaletteItem | undefined) => {
    if (!item) return
    if (item.type === 'command') {
      if (item.command === 'planMeeting' || item.command === 'logTouchpoint') {
        setAsking(item.command)
        setText('')
        return
      }
      onClose()
      if (item.command === 'addPerson') navigate('/people/new')
      else if (item.command === 'prepareEvent') navigate('/events/new')
      else openExport()
      return
    }
    const hit: SearchHit = item.hit
    if (asking === 'planMeeting') {
      createMeeting.mutate({ personId: hit.id }, { onSuccess: (meeting) => (onClose(), navigate(`/meetings/${meeting.id}/plan`)) })
      return
    }
    onClose()
    if (asking === 'logTouchpoint') openTouchpointLogger(hit.id)
    else openHit(hit)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1 }
    const step = moves[event.key]
    if (step !== undefined && items.length > 0) {
      event.preventDefault()
      setActive((current + step + items.length) % items.length)
    } else if (event.key === 'Home' && event.ctrlKey) setActive(0)
    else if (event.key === 'Enter') {
      event.preventDefault()
      choose(items[current])
    }
  }

  const typed = text.trim() !== ''
  const label = asking ? t(`search.asking.${asking}`) : t('search.title')
  return (
    <ModalDialog
      labelledBy={`${id}-label`}
      onEscape={onClose}
      className="mx-auto mt-16 flex max-h-[75vh] w-[calc(100%-2rem)] max-w-2xl flex-col rounded-lg border border-line bg-surface p-0 text-ink shadow-lg"
      testId="search-palette"
    >
      <label id={`${id}-label`} htmlFor={`${id}-input`} className="px-5 pt-4 text-sm font-medium text-muted">
        {label}
      </label>
      <input
        id={`${id}-input`}
        ref={input}
        role="combobox"
        aria-expanded={items.length > 0}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={items[current] ? optionId(items[current]) : undefined}
        aria-describedby={`${id}-help`}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        placeholder={asking ? t('search.pickPerson') : t('search.placeholder')}
        autoComplete="off"
        spellCheck={false}
        className="mx-5 mt-1 mb-3 rounded-md border border-control bg-bg px-3 py-2 text-lg placeholder:text-muted"
        data-testid="search-input"
      />
      <div id={`${id}-list`} role="listbox" aria-label={t('search.results')} className="min-h-0 flex-1 overflow-auto px-2 pb-2" data-testid="search-results">
        {groups.map((group) => (
          <div key={group.key} role="group" aria-labelledby={`${id}-group-${group.key}`} data-testid={`search-group-${group.key}`}>
            <div id={`${id}-group-${group.key}`} role="presentation" className="px-3 pt-3 pb-1 text-xs font-medium tracking-wide text-muted">
              {t(`search.groups.${group.key}`)}
            </div>
            {group.items.map((item) => {
              const selected = items[current] === item
              return (
                <div
                  key={itemKey(item)}
                  id={optionId(item)}
                  role="option"
                  aria-selected={selected}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => choose(item)}
                  className={`cursor-pointer rounded-md px-3 py-2 ${selected ? 'bg-accent-soft' : ''}`}
                  data-testid={item.type === 'command' ? `search-command-${item.command}` : 'search-hit'}
                  data-kind={item.type === 'hit' ? item.hit.kind : 'command'}
                >
                  {item.type === 'command' ? item.label : <HitLine hit={item.hit} selected={selected} />}
                </div>
              )
            })}
          </div>
        ))}
      </div>
      <p id={`${id}-help`} className="border-t border-line px-5 py-2 text-xs text-muted">
        {t('search.help')}
      </p>
      <p className="sr-only" aria-live="polite" data-testid="search-status">
        {search.isError ? t('search.failed') : typed && !search.isFetching ? (hits.length === 0 ? t('search.noMatch', { text }) : t('search.count', { count: hits.length })) : ''}
      </p>
      {typed && !search.isFetching && items.length === 0 ? (
        <p className="px-5 pb-4 text-sm text-muted" data-testid="search-empty">
          {t('search.noMatch', { text })}
        </p>
      ) : null}
    </ModalDialog>
  )
}
