import { useEffect, useState, type ReactNode } from 'react'
import { useLocation } from 'wouter'
import { navigate } from 'wouter/use-hash-location'
import { useTranslation, type TFunction } from '../i18n'
import { isTyping } from '../ui/keys'
import { mayLeave } from '../ui/leave-guard'
import { QuickAdd } from '../features/people/QuickAdd'
import { HealthNotice } from '../features/health/HealthNotice'
import { SearchPalette } from '../features/search/SearchPalette'
import { isMac, usePaletteKey } from '../features/search/palette-key'
import { AfterFirstPaint } from './first-paint'
import { routeParser } from './route-parser'

/** A screen in the navigation: where it goes, the addresses that mark it as the one on show, and
 * whether it starts a group. */
interface NavItem {
  screen: 'today' | 'people' | 'pipeline' | 'events' | 'meetings' | 'followups' | 'online' | 'resources' | 'topics' | 'trash' | 'settings'
  match: string
  groupStart?: true
}

// Grouped as the method goes: today; the people and their path; events, one-on-ones and follow-ups;
// online and the topics to bring. A little space before each group, no headings; then a rule, and
// the trash and settings.
const navItems: NavItem[] = [
  { screen: 'today', match: '/today' },
  { screen: 'people', match: '/people/*?', groupStart: true },
  { screen: 'pipeline', match: '/pipeline' },
  { screen: 'events', match: '/events/*?', groupStart: true },
  { screen: 'meetings', match: '/meetings/*?' },
  { screen: 'followups', match: '/followups/*?' },
  { screen: 'online', match: '/online/*?', groupStart: true },
  { screen: 'resources', match: '/resources' },
  { screen: 'topics', match: '/topics' }
]
const navAfterRule: NavItem[] = [
  { screen: 'trash', match: '/trash' },
  { screen: 'settings', match: '/settings' }
]

/**
 * The shell's links are plain anchors to the hash address (the router follows the hash), marked
 * from the one address the shell reads and labelled by its translator: a router link, a route
 * subscription and a translator each, for eleven links, were a good part of the first frame's render.
 */
function NavLinks({ items, location, t }: { items: NavItem[]; location: string; t: TFunction }) {
  return items.map(({ screen, match, groupStart }) => {
    const active = routeParser(match).pattern.test(location)
    const href = `/${screen}`
    return (
      <a
        key={screen}
        href={`#${href}`}
        aria-current={active ? 'page' : undefined}
        onClick={(event) => {
          // A form with unsaved changes asks first; "Discard" then goes where the user meant to.
          if (!mayLeave(() => navigate(href))) event.preventDefault()
        }}
        className={`block rounded-md px-3 py-1.5 ${groupStart ? 'mt-3' : ''} ${active ? 'bg-accent-soft font-medium text-ink' : 'text-muted hover:text-ink'}`}
        data-testid={`nav-${screen}`}
      >
        {t(`nav.${screen}`)}
      </a>
    )
  })
}

/** The narrow navigation and one column of content; N opens the quick add from anywhere. */
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
    <div className="flex h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-30 focus:bg-surface focus:p-2">
        {t('app.skipToContent')}
      </a>
      <nav aria-label={t('nav.main')} className="flex w-52 shrink-0 flex-col gap-1 border-r border-line bg-sunken/60 px-3 py-5">
        <div className="mb-6 flex items-center gap-2 px-3">
          <img src="./icon.svg" alt="" className="h-6 w-6" />
          <span className="text-lg font-semibold tracking-widest">{t('app.name')}</span>
        </div>
        <button
          type="button"
          onClick={() => setPalette(true)}
          className="mb-3 flex items-center justify-between rounded-md border border-line bg-surface px-3 py-1.5 text-left text-sm text-muted hover:text-ink"
          data-testid="open-search"
        >
          {t('search.open')}
          <kbd className="rounded border border-line px-1.5 text-xs">{isMac() ? t('search.shortcutMac') : t('search.shortcut')}</kbd>
        </button>
        <NavLinks items={navItems} location={location} t={t} />
        <div className="my-2 border-t border-line" />
        <NavLinks items={navAfterRule} location={location} t={t} />
        <button
          type="button"
          onClick={() => setQuickAdd(true)}
          className="mt-auto flex items-center justify-between rounded-md px-3 py-1.5 text-left text-sm text-muted hover:text-ink"
          data-testid="open-quick-add"
        >
          {t('nav.quickAdd')}
          <kbd className="rounded border border-line px-1.5 text-xs" aria-label={t('nav.quickAddHint')}>
            N
          </kbd>
        </button>
      </nav>
      <main id="main" className="min-w-0 flex-1 overflow-auto px-10 py-8">
        <AfterFirstPaint>
          <HealthNotice />
        </AfterFirstPaint>
        {children}
      </main>
      {quickAdd ? <QuickAdd onClose={() => setQuickAdd(false)} /> : null}
      {palette ? <SearchPalette onClose={() => setPalette(false)} /> : null}
    </div>
  )
}
