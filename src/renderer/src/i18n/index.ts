import { useSyncExternalStore } from 'react'
import { languageOfLocale } from '../../../shared/domain/settings'
import { translate, type TFunction, type UiLanguage } from './translate'

export type { TFunction, TranslationKey, TranslationOptions, UiLanguage } from './translate'

/** The OS language decides until the user picks one: Japanese for ja-*, English otherwise. */
export const systemLanguage = (): UiLanguage => languageOfLocale(navigator.languages[0] ?? navigator.language)

export function resolveLanguage(setting: 'system' | UiLanguage): UiLanguage {
  return setting === 'system' ? systemLanguage() : setting
}

let language: UiLanguage = systemLanguage()
document.documentElement.lang = language
const listeners = new Set<() => void>()

/** The UI language now, for code outside React (a component calls useTranslation, so it re-renders). */
export const currentLanguage = (): UiLanguage => language

export function setDocumentLanguage(next: UiLanguage): void {
  document.documentElement.lang = next
  // The settings are re-applied whenever they or the OS theme change: only a new language wakes
  // the translated components.
  if (next === language) return
  language = next
  for (const listener of listeners) listener()
}

/** Calls `listener` after each change of language; returns the way to stop. */
export function subscribeToLanguage(listener: () => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

export interface Translation {
  readonly t: TFunction
  readonly i18n: { readonly language: UiLanguage }
}

// One object per language, made once: useSyncExternalStore compares snapshots by identity, so a
// fresh one per call would re-render forever, and a stable `t` keeps memos and effects that depend
// on it from re-running until the language really changes.
const translations = new Map<UiLanguage, Translation>()

function translationIn(language: UiLanguage): Translation {
  let translation = translations.get(language)
  if (translation === undefined) {
    translation = { t: (key, options) => translate(language, key, options), i18n: { language } }
    translations.set(language, translation)
  }
  return translation
}

const snapshot = (): Translation => translationIn(language)

/** `t` in the current language and that language, the same object until the language changes. */
export function useTranslation(): Translation {
  // The same while React adopts the served shell: the page's settings set the language before it starts.
  return useSyncExternalStore(subscribeToLanguage, snapshot, snapshot)
}
