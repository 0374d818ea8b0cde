import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from './Button'

/**
 * Esc or Cancel on a form: leave at once when nothing changed, otherwise ask first. Esc while
 * asking means "keep editing", and focus goes back to where the user was.
 */
export function useDiscardGuard(dirty: boolean, leave: () => void) {
  const [asking, setAsking] = useState(false)
  const returnTo = useRef<HTMLElement | null>(null)
  const kept = useRef(false)
  useEffect(() => {
    if (asking || !kept.current) return
    kept.current = false
    if (returnTo.current?.isConnected) returnTo.current.focus()
  }, [asking])
  const request = () => {
    if (!dirty) return leave()
    returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
    setAsking(true)
  }
  const keep = () => {
    kept.current = true
    setAsking(false)
  }
  return { asking, request, keep, discard: leave, escape: () => (asking ? keep() : request()) }
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
