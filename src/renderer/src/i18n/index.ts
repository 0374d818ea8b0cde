import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { en } from './en'
import { ja } from './ja'

export type UiLanguage = 'ja' | 'en'

/** The OS language decides until the user picks one: Japanese for ja-*, English otherwise. */
export const systemLanguage = (): UiLanguage =>
  (navigator.languages[0] ?? navigator.language).toLowerCase().startsWith('ja') ? 'ja' : 'en'

export function resolveLanguage(setting: 'system' | UiLanguage): UiLanguage {
  return setting === 'system' ? systemLanguage() : setting
}

export function setDocumentLanguage(language: UiLanguage): void {
  document.documentElement.lang = language
  // Changing to the language already in use would still re-render every translated component
  // (the settings are re-applied when the OS theme changes, too).
  if (i18next.language !== language) void i18next.changeLanguage(language)
}

void i18next.use(initReactI18next).init({
  resources: { en: { translation: en }, ja: { translation: ja } },
  lng: systemLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false
})
document.documentElement.lang = i18next.language

export { i18next }
