import { useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react'

const focusable = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

/** Tab past the last control comes back to the first, and Shift+Tab the other way round. */
function wrapTab(event: KeyboardEvent, dialog: HTMLElement) {
  const items = [...dialog.querySelectorAll<HTMLElement>(focusable)].filter((item) => item.checkVisibility())
  const first = items[0]
  const last = items.at(-1)
  if (!first || !last) return
  if (event.shiftKey ? document.activeElement === first : document.activeElement === last) {
    event.preventDefault()
    ;(event.shiftKey ? last : first).focus()
  }
}

export interface ModalDialogProps {
  /** The id of the element that names the dialog. */
  labelledBy: string
  /** Esc: the owner decides (close at once, or ask before discarding). */
  onEscape: () => void
  className?: string
  testId?: string
  children: ReactNode
}

/**
 * A native modal <dialog>: showModal() makes the page behind inert to pointer, keyboard and
 * assistive technology. Tab also wraps here, since Chromium would otherwise step out to the
 * browser's own controls; focus goes back where it was when the dialog leaves.
 */
export function ModalDialog({ labelledBy, onEscape, className = '', testId, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  useLayoutEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    const returnTo = document.activeElement
    dialog.showModal()
    return () => {
      dialog.close()
      if (returnTo instanceof HTMLElement && returnTo.isConnected) returnTo.focus()
    }
  }, [])
  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    // Handled here, not in the cancel event: Chromium stops letting a page cancel a second Esc in a
    // row without a click or a key in between, and that would close a dialog that is still asking.
    if (event.key === 'Escape') {
      event.preventDefault()
      onEscape()
    } else if (event.key === 'Tab' && ref.current) {
      wrapTab(event, ref.current)
    }
  }
  return (
    <dialog
      ref={ref}
      aria-modal="true"
      aria-labelledby={labelledBy}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault()
        onEscape()
      }}
      className={className}
      data-testid={testId}
    >
      {children}
    </dialog>
  )
}
