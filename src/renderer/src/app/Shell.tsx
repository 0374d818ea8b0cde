import { useEffect, useState, type ReactNode } from 'react'
import { useLocation } from 'wouter'
import { navigate } from 'wouter/use-hash-location'
import { useTranslation } from '../i18n'
import { isTyping } from '../ui/keys'
import { mayLeave } from '../ui/leave-guard'
import { QuickAdd } from '../features/people/QuickAdd'
import { HealthNotice } from '../features/health/HealthNotice'
import { SearchPalette } from '../features/search/SearchPalette'
import { isMac, usePaletteKey } from '../features/search/palette-key'
import { AfterFirstPaint } from './first-paint'
import { ShellFrame } from './ShellFrame'

// A form with unsaved changes asks first; "Discard" then goes where the user meant to.
const leaveFor = (href: string) => mayLeave(() => navigate(href))

/** The shell (ShellFrame.tsx) with what it does: N opens the quick add from anywhere, Ctrl+K the palette. */
export function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  const [location] = useLocation()
  const [quickAdd, setQuickAdd] = useState(false)
  const [palette, setPalette] = useState(false)
  usePaletteKey(() => setPalette(true))
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'n' || event.ctrlKey || event.metaKey || isTyping(event.target)) return
      event.preventDefault()
      setQuickAdd(true)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
  return (
    <ShellFrame
      t={t}
      location={location}
      mac={isMac()}
      onNavigate={leaveFor}
      onOpenPalette={() => setPalette(true)}
      onOpenQuickAdd={() => setQuickAdd(true)}
      notice={
        <AfterFirstPaint>
          <HealthNotice />
        </AfterFirstPaint>
      }
      overlays={
        <>
          {quickAdd ? <QuickAdd onClose={() => setQuickAdd(false)} /> : null}
          {palette ? <SearchPalette onClose={() => setPalette(false)} /> : null}
        </>
      }
    >
      {children}
    </ShellFrame>
  )
}
