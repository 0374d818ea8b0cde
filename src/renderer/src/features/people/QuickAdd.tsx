import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import { Link } from 'wouter'
import { useTranslation } from '../../i18n'
import type { Person } from '../../../../shared/api/people'
import { displayName } from '../../../../shared/domain/names'
import { DiscardConfirm, useDiscardGuard } from '../../ui/DiscardConfirm'
import { errorText, fieldErrors } from '../../ui/errors'
import { InlineStatus } from '../../ui/layout'
import { ModalDialog } from '../../ui/ModalDialog'
import { useQuickAdd } from './mutations'

/** A name-only add that floats over any screen; stays open for the next name until Esc. */
export function QuickAdd({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const add = useQuickAdd()
  const [name, setName] = useState('')
  const [added, setAdded] = useState<Person | null>(null)
  const inputRef = useRef<HTMLInputElement>(null)
  const id = useId()
  const guard = useDiscardGuard(name.trim() !== '', onClose)
  useEffect(() => inputRef.current?.focus(), [])
  // The server names the field (path ['name']) and the rule; the message says what to change.
  const nameError = fieldErrors(t, add.error).name

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
    <ModalDialog
      labelledBy={`${id}-title`}
      onEscape={guard.escape}
      className="mx-auto mt-16 w-[calc(100%-2rem)] max-w-lg rounded-lg border border-line bg-surface p-5 text-ink shadow-lg"
      testId="quick-add"
    >
      <form onSubmit={submit} noValidate>
        <label id={`${id}-title`} htmlFor={`${id}-name`} className="mb-2 block font-medium">
          {t('quickAdd.title')}
        </label>
        <input
          id={`${id}-name`}
          ref={inputRef}
          value={name}
          onChange={(event) => {
            setName(event.target.value)
            if (add.isError) add.reset()
          }}
          placeholder={t('quickAdd.placeholder')}
          className="w-full rounded-md border border-control bg-bg px-3 py-2 text-lg placeholder:text-muted aria-[invalid=true]:border-warn aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-warn"
          autoComplete="off"
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? `${id}-error` : `${id}-hint`}
          data-testid="quick-add-name"
        />
        {nameError ? (
          <p id={`${id}-error`} role="alert" className="mt-2 text-sm text-warn" data-testid="field-error">
            {nameError}
          </p>
        ) : (
          <p id={`${id}-hint`} className="mt-2 text-xs text-muted">
            {t('quickAdd.hint')}
          </p>
        )}
        {guard.asking ? (
          <div className="mt-3">
            <DiscardConfirm onKeep={guard.keep} onDiscard={guard.discard} />
          </div>
        ) : null}
        {added && !guard.asking ? (
          <div className="mt-3 flex items-center gap-3">
            <InlineStatus tone="done">{t('quickAdd.added', { name: displayName(added) })}</InlineStatus>
            <Link href={`/people/${added.id}`} onClick={onClose} className="text-sm text-accent underline-offset-4 hover:underline" data-testid="quick-add-open">
              {t('quickAdd.open')}
            </Link>
          </div>
        ) : null}
        {add.isError && !nameError ? <InlineStatus tone="warn">{errorText(t, add.error)}</InlineStatus> : null}
      </form>
    </ModalDialog>
  )
}
