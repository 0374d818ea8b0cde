import { languages } from './people'

/** The UI language: the system's, or one chosen. */
export const languageChoices = ['system', ...languages] as const
export const themes = ['system', 'light', 'dark'] as const
export type Theme = (typeof themes)[number]

/** What the background check at start (or a read that hit a bad page) found of the data file. */
export const integrityStatuses = ['unchecked', 'checking', 'ok', 'damaged'] as const
export type IntegrityStatus = (typeof integrityStatuses)[number]
