import { createElement } from 'react'
import { servedShellLocation, type FirstFrame } from '../../shared/api/first-frame'
import { languageOfLocale } from '../../shared/domain/settings'
import { ShellFrame } from '../../renderer/src/app/ShellFrame'
import { translate, type TFunction, type UiLanguage } from '../../renderer/src/i18n/translate'

/**
 * The app's shell (navigation and an empty column), drawn here into the page the window loads, so
 * that the window shows it as soon as the page and its stylesheet are in, before the start file
 * has even arrived; React then adopts these elements (main.tsx hydrates them). It is the renderer's
 * own ShellFrame, drawn by React's server renderer, so the two cannot drift apart: a difference
 * would only make React draw the shell again.
 *
 * Drawn from the first frame's settings and the system language alone: never from the user's data,
 * since the page is served without the token.
 */

export interface ServedShell {
  /** The shell's HTML, for inside `<div id="root">`. */
  readonly markup: string
  /** The language it is drawn in: the page's `lang`. */
  readonly language: UiLanguage
}

/**
 * The language the app will show, as the renderer decides it (i18n/index.ts): the setting, or for
 * "system" the first language the browser asks for (`Accept-Language`, the same list as its
 * `navigator.languages`). Null when that is not known: the page is then served without a shell.
 */
export function servedLanguage(setting: FirstFrame['language'], acceptLanguage: string | undefined): UiLanguage | null {
  // Only the two languages the app has go into the page, whatever the setting holds.
  if (setting !== 'system') return setting === 'ja' ? 'ja' : 'en'
  const first = acceptLanguage?.split(',')[0]?.split(';')[0]?.trim()
  if (!first || first === '*') return null
  return languageOfLocale(first)
}

type RenderToString = (element: ReturnType<typeof createElement>) => string
let renderer: Promise<RenderToString> | null = null

/** React's server renderer, loaded once and only when first wanted (~40 ms); call early to have it ready. */
export function loadShellRenderer(): Promise<RenderToString> {
  renderer ??= import('react-dom/server').then((server) => server.renderToString)
  return renderer
}

// Two languages by two platforms at most, each drawn once.
const drawn = new Map<string, string>()

/**
 * The shell for a page whose first frame is `frame`, or null when the first frame is not the
 * shell (not onboarded: the welcome) or its language cannot be told.
 */
export async function renderServedShell(
  frame: FirstFrame | null,
  acceptLanguage: string | undefined,
  platform: NodeJS.Platform = process.platform
): Promise<ServedShell | null> {
  if (!frame?.onboarded) return null
  const language = servedLanguage(frame.language, acceptLanguage)
  if (!language) return null
  const mac = platform === 'darwin'
  const key = `${language} ${mac}`
  let markup = drawn.get(key)
  if (markup === undefined) {
    const renderToString = await loadShellRenderer()
    const t = ((key, options) => translate(language, key, options)) as TFunction
    // React's server renderer puts a preload hint for the logo before the markup, meant for the
    // head: inside the root it would be an element React does not expect there. The logo's <img>
    // follows straight after in the same page, so nothing is lost.
    markup = renderToString(createElement(ShellFrame, { t, location: servedShellLocation, mac })).replace(/^(<link [^>]*\/>)+/, '')
    drawn.set(key, markup)
  }
  return { markup, language }
}
