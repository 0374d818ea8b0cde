import { useEffect } from 'react'

/** macOS says Cmd where others say Ctrl. */
export const isMac = (): boolean => /mac/i.test(navigator.platform)

/** Ctrl+K (Cmd+K on macOS) from anywhere, even while typing in a field. */
export function usePaletteKey(open: () => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'k' || event.altKey || event.shiftKey) return
      if (!(isMac() ? event.metaKey : event.ctrlKey)) return
      event.preventDefault()
      open()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [open])
}
