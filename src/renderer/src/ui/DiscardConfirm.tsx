import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from '../i18n'
import { Button } from './Button'
import { setLeaveGuard } from './leave-guard'

/**
 * Esc, Cancel or the navigation on a form: leave at once when nothing changed, otherwise ask
 * first. Esc while asking means "keep editing", and focus goes back to where the user was.
 */
export function useDiscardGuard(dirty: boolean, leave: () => void) {
  const [asking, setAsking] = useState(false)
  const returnTo = useRef<HTMLElement | null>(null)
  const kept = useRef(false)
  // Where the user was going when asked: the navigation's target, else the form's own way out.
  const going = useRef<() => void>(leave)
  useEffect(() => {
    if (asking || !kept.current) return
    kept.current = false
    if (returnTo.current?.isConnected) returnTo.current.focus()
  }, [asking])
  const ask = (go: () => void) => {
    going.current = go
    returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
    setAsking(true)
  }
  const request = () => (dirty ? ask(leave) : leave())
  useEffect(() => {
    if (!dirty) return
    return setLeaveGuard((go) => {
      ask(go)
      return false
    })
  })
  const keep = () => {
    kept.current = true
    setAsking(false)
  }
  return { asking, request, keep, discard: () => going.current(), escape: () => (asking ? keep() : request()) }
}

/** The quiet question itself: "Keep editing" is focused, so Enter or Esc loses nothing. */
export function DiscardConfirm({ onKeep, onDiscard }: { onKeep: () => void; onDiscard: () => void }) {
  const { t } = useTranslation()
  const id = useId()
  return (
    <div role="group" aria-labelledby={id} className="flex flex-wrap items-center gap-3 rounded-md bg-sunken px-4 py-2.5" data-testid="discard-confirm">
      <p id={id}>{t('discard.question')}</p>
      <Button autoFocus onClick={onKeep} data-testid="keep-editing">
        {t('discard.keep')}
      </Button>
      <Button variant="quiet" onClick={onDiscard} data-testid="discard-changes">
        {t('discard.confirm')}
      </Button>
    </div>
  )
}
