import { languages, type Language } from './people'

/** The UI language: the system's, or one chosen. */
export const languageChoices = ['system', ...languages] as const

/**
 * The app's language for a system locale or language tag (`ja-JP`, `en-GB`): Japanese for ja-*,
 * English otherwise. One rule for the renderer, the served shell, the tray and the sample data.
 */
export const languageOfLocale = (locale: string): Language => (locale.toLowerCase().startsWith('ja') ? 'ja' : 'en')
export const themes = ['system', 'light', 'dark'] as const
export type Theme = (typeof themes)[number]

/** What the background check at start (or a read that hit a bad page) found of the data file. */
export const integrityStatuses = ['unchecked', 'checking', 'ok', 'damaged'] as const
export type IntegrityStatus = (typeof integrityStatuses)[number]
