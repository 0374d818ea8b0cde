import { describe, expect, it } from 'vitest'
import { languageOfLocale } from '../../../src/shared/domain/settings'

describe('the app language of a system locale', () => {
  it.each([
    ['ja', 'ja'],
    ['ja-JP', 'ja'],
    ['JA-jp', 'ja'],
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['fr-FR', 'en'],
    ['', 'en']
  ] as const)('%j is %s: Japanese for ja-*, English for everything else', (locale, language) => {
    expect(languageOfLocale(locale)).toBe(language)
  })
})
