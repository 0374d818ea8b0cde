import { firstFrameElementId, firstFrameOf, type FirstFrame } from '../../shared/api/first-frame'
import type { Settings } from '../../shared/api/settings'
import type { Dispatch } from '../rpc/dispatch'
import type * as AppShell from './app-shell'

/** What the app's page is served with: its first frame's settings, and the shell drawn from them. */
export interface PageStart {
  readonly frame: FirstFrame | null
  readonly shell: AppShell.ServedShell | null
}

const notStarted: PageStart = { frame: null, shell: null }

/**
 * index.html with the first frame's settings in a JSON data block before </head> and, when drawn,
 * the shell inside `<div id="root">`, in the page's language and (unless it follows the system,
 * which the stylesheet then asks itself) its theme. A data block is never run, so the page's CSP
 * (script-src 'self') is unchanged. `<` is escaped so no value can close the block.
 */
export function withFirstFrame(html: string, start: PageStart): string {
  const { frame, shell } = start
  if (!frame) return html
  const json = JSON.stringify(frame).replace(/</g, '\\u003c')
  const block = `<script type="application/json" id="${firstFrameElementId}">${json}</script>`
  const head = html.indexOf('</head>')
  if (head === -1) return html
  let page = `${html.slice(0, head)}  ${block}\n  ${html.slice(head)}`
  // Only the two values the stylesheet knows go into the markup, whatever the frame holds.
  if (frame.theme === 'light' || frame.theme === 'dark') page = page.replace(/<html\b/, `<html data-theme="${frame.theme}"`)
  if (shell) {
    page = page.replace(/<html\b([^>]*?)\slang="[^"]*"/, `<html$1 lang="${shell.language}"`)
    page = page.replace('<div id="root"></div>', () => `<div id="root">${shell.markup}</div>`)
  }
  return page
}

/**
 * The settings the first frame needs, read through dispatch like any call, and the shell drawn
 * from them for a browser that asks for `acceptLanguage`; nothing when the settings cannot be read
 * (a damaged file): the page is then served as built, and the app shows the error itself.
 */
export async function readPageStart(dispatch: Dispatch, acceptLanguage: string | undefined): Promise<PageStart> {
  const result = await dispatch('settings.get', {})
  if (!result.ok) return notStarted
  const frame = firstFrameOf(result.value as Settings)
  // Without the shell the page still works: React draws it, as it does for a page served without.
  const shell = await loadAppShell()
    .then(({ renderServedShell }) => renderServedShell(frame, acceptLanguage))
    .catch(() => null)
  return { frame, shell }
}

// The shell's drawing (React's server renderer, the shell, both languages' strings) is loaded apart,
// so that starting the app or the server does not wait for it.
let appShell: Promise<typeof AppShell> | null = null
function loadAppShell(): Promise<typeof AppShell> {
  // React chooses its build by NODE_ENV as it is first loaded, which is here. Neither the desktop
  // app nor browser mode sets it, and the development build is larger and slower.
  process.env.NODE_ENV ??= 'production'
  return (appShell ??= import('./app-shell'))
}

/** Loads what draws the shell ahead of the first page (~40 ms), so that page is not kept waiting. */
export function prepareAppShell(): Promise<void> {
  return loadAppShell().then(({ loadShellRenderer }) => loadShellRenderer().then(() => undefined))
}
