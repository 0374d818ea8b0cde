import type { ReactNode } from 'react'
import type { TFunction } from '../i18n/translate'
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

/** What the frame does when used; absent where nothing can act on it (the served page, main/web/app-shell.ts). */
export interface ShellActions {
  /** A navigation link was clicked, to `href` (`/people`): false keeps the browser from following it. */
  onNavigate?: (href: string) => boolean
  onOpenPalette?: () => void
  onOpenQuickAdd?: () => void
}

interface NavLinksProps {
  items: NavItem[]
  location: string
  t: TFunction
  onNavigate: ShellActions['onNavigate']
}

/**
 * The shell's links are plain anchors to the hash address (the router follows the hash), marked
 * from the one address the shell reads and labelled by its translator: a router link, a route
 * subscription and a translator each, for eleven links, were a good part of the first frame's render.
 */
function NavLinks({ items, location, t, onNavigate }: NavLinksProps) {
  return items.map(({ screen, match, groupStart }) => {
    const active = routeParser(match).pattern.test(location)
    const href = `/${screen}`
    return (
      <a
        key={screen}
        href={`#${href}`}
        aria-current={active ? 'page' : undefined}
        onClick={
          onNavigate &&
          ((event) => {
            if (!onNavigate(href)) event.preventDefault()
          })
        }
        className={`block rounded-md px-3 py-1.5 ${groupStart ? 'mt-3' : ''} ${active ? 'bg-accent-soft font-medium text-ink' : 'text-muted hover:text-ink'}`}
        data-testid={`nav-${screen}`}
      >
        {t(`nav.${screen}`)}
      </a>
    )
  })
}

interface ShellFrameProps extends ShellActions {
  t: TFunction
  /** The address on show (`/people/42`): marks its screen in the navigation. */
  location: string
  /** macOS says Cmd where others say Ctrl. */
  mac: boolean
  /** Above the screen: the data file's health notice. */
  notice?: ReactNode
  /** The screen; and after the frame, what opens over it (quick add, the palette). */
  children?: ReactNode
  overlays?: ReactNode
}

/**
 * The narrow navigation and one column of content, drawn from its props alone: no hooks, no
 * browser. The app draws it in Shell.tsx; the server draws the same markup into the page it serves
 * (main/web/app-shell.ts), so the window shows its shell before any script has run, and React
 * adopts that markup (hydration) instead of drawing it again.
 */
export function ShellFrame({ t, location, mac, notice, children, overlays, onNavigate, onOpenPalette, onOpenQuickAdd }: ShellFrameProps) {
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
          onClick={onOpenPalette}
          className="mb-3 flex items-center justify-between rounded-md border border-line bg-surface px-3 py-1.5 text-left text-sm text-muted hover:text-ink"
          data-testid="open-search"
        >
          {t('search.open')}
          <kbd className="rounded border border-line px-1.5 text-xs">{mac ? t('search.shortcutMac') : t('search.shortcut')}</kbd>
        </button>
        <NavLinks items={navItems} location={location} t={t} onNavigate={onNavigate} />
        <div className="my-2 border-t border-line" />
        <NavLinks items={navAfterRule} location={location} t={t} onNavigate={onNavigate} />
        <button
          type="button"
          onClick={onOpenQuickAdd}
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
        {notice}
        {children}
      </main>
      {overlays}
    </div>
  )
}
