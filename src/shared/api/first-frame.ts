import { languageChoices, themes } from '../domain/settings'
import type { Settings } from './settings'

/**
 * The settings the first frame needs before any call is answered. The app's page is served with
 * them (main/web/first-frame.ts) so React can start at once. Only these four: the page itself is
 * served without the token, so never the user's name or signatures.
 */
export type FirstFrame = Pick<Settings, 'language' | 'theme' | 'motion' | 'onboarded'>

/**
 * The address the served page's shell is drawn at (main/web/app-shell.ts): the one the app opens
 * on. The server cannot know the real one (the hash is never sent), so React adopts the shell as
 * drawn here and then marks the screen really on show.
 */
export const servedShellLocation = '/today'

/** The id of the JSON data block in the served page. */
export const firstFrameElementId = 'engawa-first-frame'

export const firstFrameOf = (settings: Settings): FirstFrame => ({
  language: settings.language,
  theme: settings.theme,
  motion: settings.motion,
  onboarded: settings.onboarded
})

const isOneOf = <T extends string>(choices: readonly T[], value: unknown): value is T => choices.includes(value as T)

/** The first frame in a served page's data block, or null when it is missing or not as expected. */
export function parseFirstFrame(text: string | null | undefined): FirstFrame | null {
  if (!text) return null
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  const { language, theme, motion, onboarded } = value as Record<string, unknown>
  if (!isOneOf(languageChoices, language) || !isOneOf(themes, theme)) return null
  if (typeof motion !== 'boolean' || typeof onboarded !== 'boolean') return null
  return { language, theme, motion, onboarded }
}
