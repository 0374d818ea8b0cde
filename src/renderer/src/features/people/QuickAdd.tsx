import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { Person } from '../../../../shared/api/people'
import { displayName } from '../../../../shared/domain/names'
import { errorText } from '../../ui/errors'
import { InlineStatus } from '../../ui/layout'
import { useQuickAdd } from './mutations'

/** A name-only add that floats over any screen; stays open for the next name until Esc. */
export function QuickAdd({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const add = useQuickAdd()
  const [name, setName] = useState('')
  const [added, setAdded] = useState<Person | null>(null)
  const inputRef = useRef<HTMLInputElement>(null)
  useEffect(() => inputRef.current?.focus(), [])

  function submit(event: FormEvent) {
    event.preventDefault()
    if (name.trim() === '') return
    add.mutate(name, {
      onSuccess: (person) => {
        setAdded(person)
        setName('')
      }
    })
  }

  return (
    <div className="fixed inset-x-0 top-16 z-20 flex justify-center px-4" onKeyDown={(event) => event.key === 'Escape' && onClose()}>
      <form
        role="dialog"
        aria-label={t('quickAdd.title')}
        onSubmit={submit}
        className="w-full max-w-lg rounded-lg border border-line bg-surface p-5 shadow-lg"
        data-testid="quick-add"
      >
        <label htmlFor="quick-add-name" className="mb-2 block font-medium">
          {t('quickAdd.title')}
        </label>
        <input
          id="quick-add-name"
          ref={inputRef}
          value={name}
          onChange={(event) => setName(event.target.value)}
          placeholder={t('quickAdd.placeholder')}
          className="w-full rounded-md border border-line bg-bg px-3 py-2 text-lg"
          autoComplete="off"
          data-testid="quick-add-name"
        />
        <p className="mt-2 text-xs text-muted">{t('quickAdd.hint')}</p>
        {added ? (
          <div className="mt-3 flex items-center gap-3">
            <InlineStatus tone="done">{t('quickAdd.added', { name: displayName(added) })}</InlineStatus>
            <Link href={`/people/${added.id}`} onClick={onClose} className="text-sm text-accent underline-offset-4 hover:underline" data-testid="quick-add-open">
              {t('quickAdd.open')}
            </Link>
          </div>
        ) : null}
        {add.isError ? <InlineStatus tone="warn">{errorText(t, add.error)}</InlineStatus> : null}
      </form>
    </div>
  )
}
