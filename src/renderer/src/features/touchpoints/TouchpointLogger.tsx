import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useTranslation } from '../../i18n'
import { touchpointForKey, touchpointKeys, touchpointKinds, type TouchpointKind } from '../../../../shared/domain/touchpoints'
import { Button } from '../../ui/Button'
import { errorText, fieldErrors } from '../../ui/errors'
import { TextField } from '../../ui/fields'
import { InlineStatus } from '../../ui/layout'
import { isTyping } from '../../ui/keys'
import { useLogTouchpoint } from './mutations'

/**
 * "Log a touchpoint" in two keystrokes: L opens it, the kind's letter picks it (F, C, R, M, E, P),
 * then an optional link and one line of note; Enter saves, Escape closes. Buttons do the same.
 */
export function TouchpointLogger({ personId }: { personId: string }) {
  const { t } = useTranslation()
  const log = useLogTouchpoint()
  const [open, setOpen] = useState(false)
  const [kind, setKind] = useState<TouchpointKind | null>(null)
  const [url, setUrl] = useState('')
  const [note, setNote] = useState('')
  const [logged, setLogged] = useState<TouchpointKind | null>(null)
  const opener = useRef<HTMLButtonElement>(null)
  const [refocus, setRefocus] = useState(false)
  const errors = fieldErrors(t, log.error)

  // Focus goes back to "Log a touchpoint" once it is on screen again, so the keyboard stays put.
  useEffect(() => {
    if (open || !refocus) return
    opener.current?.focus()
    setRefocus(false)
  }, [open, refocus])

  const close = () => {
    setOpen(false)
    setKind(null)
    setUrl('')
    setNote('')
    log.reset()
    setRefocus(true)
  }

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey) return
      if (event.key === 'Escape' && open) {
        event.preventDefault()
        close()
        return
      }
      if (isTyping(event.target)) return
      if (!open && event.key.toLowerCase() === 'l') {
        event.preventDefault()
        setLogged(null)
        setOpen(true)
        return
      }
      const picked = open && !kind ? touchpointForKey(event.key) : null
      if (picked) {
        event.preventDefault()
        setKind(picked)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!kind) return
    log.mutate(
      { personId, kind, url: url.trim(), note: note.trim() },
      {
        onSuccess: () => {
          setLogged(kind)
          close()
        }
      }
    )
  }

  return (
    <div data-testid="touchpoint">
      {!open ? (
        <div className="flex items-center gap-3">
          <Button
            ref={opener}
            variant="quiet"
            onClick={() => {
              setLogged(null)
              setOpen(true)
            }}
            data-testid="touchpoint-open"
          >
            {t('touchpoints.open')}
            <kbd className="rounded border border-line px-1.5 text-xs text-muted">L</kbd>
          </Button>
          {logged ? <InlineStatus tone="done">{t('touchpoints.logged', { kind: t(`interactionKinds.${logged}`) })}</InlineStatus> : null}
        </div>
      ) : (
        <form onSubmit={submit} className="flex flex-col gap-3 rounded-md bg-sunken p-4" aria-label={t('touchpoints.open')} data-testid="touchpoint-form">
          <fieldset>
            <legend className="mb-2 text-sm text-muted">{kind ? t('touchpoints.kindChosen') : t('touchpoints.pickKind')}</legend>
            <div className="flex flex-wrap gap-2">
              {touchpointKinds.map((option) => (
                <button
                  key={option}
                  type="button"
                  onClick={() => setKind(option)}
                  aria-pressed={kind === option}
                  className={`flex items-center gap-2 rounded-full px-3 py-1 text-sm ${kind === option ? 'bg-accent text-accent-ink' : 'bg-surface text-ink hover:bg-accent-soft'}`}
                  data-testid={`touchpoint-kind-${option}`}
                >
                  <kbd className="text-xs opacity-80">{touchpointKeys[option].toUpperCase()}</kbd>
                  {t(`interactionKinds.${option}`)}
                </button>
              ))}
            </div>
          </fieldset>
          {kind ? (
            <div className="grid gap-3 sm:grid-cols-2">
              <TextField label={t('touchpoints.link')} type="url" placeholder="https://" value={url} onChange={(e) => setUrl(e.target.value)} error={errors.url} testId="touchpoint-url" autoFocus />
              <TextField label={t('touchpoints.note')} value={note} onChange={(e) => setNote(e.target.value)} error={errors.note} testId="touchpoint-note" />
            </div>
          ) : null}
          <div className="flex items-center gap-3">
            <Button type="submit" variant="secondary" disabled={!kind || log.isPending} data-testid="touchpoint-save">
              {t('touchpoints.save')}
            </Button>
            <Button variant="quiet" onClick={close}>
              {t('common.cancel')}
            </Button>
            <span className="text-xs text-muted">{t('touchpoints.keysHint')}</span>
            {log.isError && !Object.keys(errors).length ? <InlineStatus tone="warn">{errorText(t, log.error)}</InlineStatus> : null}
          </div>
        </form>
      )}
    </div>
  )
}
