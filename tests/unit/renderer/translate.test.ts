import { describe, expect, it } from 'vitest'
import { errorCodes } from '../../../src/shared/api/result'
import { stages } from '../../../src/shared/domain/people'
import { en } from '../../../src/renderer/src/i18n/en'
import { ja } from '../../../src/renderer/src/i18n/ja'
import {
  translate,
  translateIn,
  type StringTree,
  type Tables,
  type TFunction,
  type TranslationKey,
  type TranslationOptions,
  type UiLanguage
} from '../../../src/renderer/src/i18n/translate'

type Case = [language: UiLanguage, key: TranslationKey, options: TranslationOptions | undefined, expected: string]

describe('translate, on the app’s own strings', () => {
  it.each<Case>([
    // Nested keys.
    ['en', 'nav.today', undefined, 'Today'],
    ['ja', 'nav.today', undefined, '今日'],
    // English has one and other; the number is formatted.
    ['en', 'events.people', { count: 1 }, '1 person'],
    ['en', 'events.people', { count: 2 }, '2 people'],
    ['en', 'events.people', { count: 0 }, '0 people'],
    ['en', 'events.people', { count: 12345 }, '12,345 people'],
    // A `_one` string need not show the number at all.
    ['en', 'sample.people', { count: 1 }, 'One sample person is here to look around with.'],
    ['en', 'sample.people', { count: 3 }, '3 sample people are here to look around with.'],
    // Japanese has only other, and the same digit grouping.
    ['ja', 'events.people', { count: 1 }, '1人'],
    ['ja', 'events.people', { count: 2 }, '2人'],
    ['ja', 'events.people', { count: 12345 }, '12,345人'],
    // ja.ts has a `_one` here, but Japanese plural rules never pick it.
    ['ja', 'search.count', { count: 1 }, '1 件'],
    // Several values, formatted and not, in either word order.
    ['en', 'imports.page', { from: 1, to: 50, total: 12345 }, 'Rows 1–50 of 12,345'],
    ['ja', 'imports.page', { from: 1, to: 50, total: 12345 }, '12,345 行中 1〜50 行'],
    ['en', 'exports.phase.people', { done: 3, total: 10 }, 'People: 3 of 10'],
    ['ja', 'exports.phase.people', { done: 3, total: 10 }, '人: 10 人中 3 人'],
    ['en', 'seasonal.todayLine', { season: 'New Year', count: 1 }, 'Season for New Year: 1 person'],
    ['ja', 'seasonal.todayLine', { season: '年賀状', count: 2 }, '年賀状の季節です：2人'],
    // A missing value leaves a gap, not the placeholder.
    ['en', 'exports.phase.people', { done: 3 }, 'People: 3 of '],
    ['en', 'exports.phase.people', undefined, 'People:  of ']
  ])('%s %s %j → %s', (language, key, options, expected) => {
    expect(translate(language, key, options)).toBe(expected)
  })

  it('builds keys from template literals, as the screens do', () => {
    for (const language of ['en', 'ja'] as const) {
      for (const stage of stages) expect(translate(language, `stages.${stage}`)).not.toBe(`stages.${stage}`)
      for (const code of errorCodes) expect(translate(language, `errors.${code}`)).not.toBe(`errors.${code}`)
    }
    expect(translate('en', `stages.${stages[0]}`)).toBe('Discovered')
    expect(translate('ja', `errors.${errorCodes[0]}`)).toBe(ja.errors.INVALID_INPUT)
  })

  it.each(['nav.nowhere', 'nav', 'nav.today.deeper', 'nowhere.at.all', 'constructor', 'constructor.name', 'nav.constructor', 'errors.toString', '__proto__.x', ''])(
    'returns a missing key as itself: %j',
    (key) => {
      // Cast: these are exactly the keys the type rejects.
      expect(translate('en', key as TranslationKey)).toBe(key)
      expect(translate('ja', key as TranslationKey, { count: 2 })).toBe(key)
    }
  )
})

describe('translate, on strings of the test’s own', () => {
  const tables: Tables = {
    en: {
      onlyEnglish: 'English {{n, number}}',
      thing_one: 'one thing',
      thing_other: '{{count}} things',
      plain: 'plain {{count}}',
      both_other: 'other form',
      both: 'base key',
      greeting: 'Hello, {{ name }}, you have {{ count , number }} notes',
      raw: '{{a}}{{b}}',
      unclosed: 'a {{ b'
    },
    ja: {
      thing_one: '一つ',
      thing_other: '{{count}} 個',
      greeting: '{{name}}さん、メモが {{count, number}} 件'
    }
  }
  const cases: Array<[UiLanguage, string, TranslationOptions | undefined, string, string]> = [
    ['ja', 'onlyEnglish', { n: 12345 }, 'English 12,345', 'a string Japanese lacks comes in English'],
    ['ja', 'plain', { count: 2 }, 'plain 2', 'and so does a plain one asked for with a count'],
    ['en', 'thing', { count: 1 }, 'one thing', 'English picks _one for 1'],
    ['en', 'thing', { count: 1.5 }, '1.5 things', 'and _other for 1.5'],
    ['ja', 'thing', { count: 1 }, '1 個', 'Japanese has no one form, so _one is never used'],
    ['en', 'plain', { count: 1 }, 'plain 1', 'no plural forms: the key itself'],
    ['en', 'both', { count: 1 }, 'other form', '_other before the bare key'],
    ['en', 'both', undefined, 'base key', 'without a count, the bare key'],
    ['en', 'thing', undefined, 'thing', 'a plural asked for without a count is missing'],
    ['ja', 'greeting', { name: '佐藤', count: 1234 }, '佐藤さん、メモが 1,234 件', 'several values'],
    ['en', 'greeting', { name: 'Ann', count: 1234 }, 'Hello, Ann, you have 1,234 notes', 'spaces inside the braces'],
    ['en', 'greeting', { name: null, count: undefined }, 'Hello, , you have  notes', 'null and undefined are missing values'],
    ['en', 'raw', { a: '<b>&amp;', b: '$&' }, '<b>&amp;$&', 'nothing is escaped, and `$` is no pattern'],
    ['en', 'raw', { a: 12345, b: 0 }, '123450', 'a number without `number` is written as it is'],
    ['en', 'onlyEnglish', { n: '12345' }, 'English 12345', 'and text under `number` stays text'],
    ['en', 'unclosed', { b: 'x' }, 'a {{ b', 'an unclosed brace is left alone']
  ]
  it.each(cases)('%s %s %j → %j (%s)', (language, key, options, expected) => {
    expect(translateIn(tables, language, key, options)).toBe(expected)
  })

  it('uses the plural rules of the language the string was found in', () => {
    // Japanese would pick `_other` for 1; the English fallback must still read "one thing".
    expect(translateIn({ en: tables.en, ja: {} }, 'ja', 'thing', { count: 1 })).toBe('one thing')
  })
})

/** Every string in a language, by its full key (plural suffixes kept). */
function leaves(tree: StringTree, prefix = ''): Map<string, string> {
  const found = new Map<string, string>()
  for (const [name, value] of Object.entries(tree)) {
    if (typeof value === 'string') found.set(prefix + name, value)
    else if (value !== undefined) for (const [key, text] of leaves(value, `${prefix}${name}.`)) found.set(key, text)
  }
  return found
}

const english = leaves(en)
const japanese = leaves(ja)
const pluralForm = /_(zero|one|two|few|many|other)$/
const baseOf = (key: string) => key.replace(pluralForm, '')
const placeholders = (text: string) => [...text.matchAll(/\{\{(.+?)\}\}/g)].map((match) => match[1]!.split(',').map((part) => part.trim()))

describe('the strings themselves', () => {
  it('has every English key in Japanese, apart from plural forms Japanese does not use', () => {
    expect(english.size).toBeGreaterThan(500)
    const missing = [...english.keys()].filter((key) => !japanese.has(key) && !(pluralForm.test(key) && !key.endsWith('_other')))
    expect(missing).toEqual([])
  })

  it('has no Japanese key that English lacks', () => {
    expect([...japanese.keys()].filter((key) => !english.has(key))).toEqual([])
  })

  it('names each plural as _one/_other beside no bare key, so the lookup order never matters', () => {
    for (const strings of [english, japanese]) {
      const plurals = new Set([...strings.keys()].filter((key) => pluralForm.test(key)).map(baseOf))
      expect(plurals.size).toBeGreaterThan(20)
      for (const base of plurals) {
        expect(strings.has(`${base}_other`), `${base}_other`).toBe(true)
        expect(strings.has(base), `${base} beside its plural forms`).toBe(false)
      }
      // i18next looked up `_zero` for a count of 0 in any language; translate() does not.
      expect([...strings.keys()].filter((key) => key.endsWith('_zero'))).toEqual([])
    }
  })

  it('closes every {{ it opens, formats only as numbers and nests nothing', () => {
    for (const [key, text] of [...english, ...japanese]) {
      expect(text, key).not.toContain('$t(')
      const outside = text.replace(/\{\{(.+?)\}\}/g, '')
      expect(outside.includes('{{') || outside.includes('}}'), `${key}: ${text}`).toBe(false)
      for (const [name, format, ...rest] of placeholders(text)) {
        expect(name, `${key}: ${text}`).toMatch(/^\w+$/)
        expect([undefined, 'number'], `${key}: ${text}`).toContain(format)
        expect(rest).toEqual([])
      }
    }
  })

  it('uses in Japanese only the values its English passes (count aside)', () => {
    const namesOf = (strings: Map<string, string>) => {
      const names = new Map<string, Set<string>>()
      for (const [key, text] of strings) {
        const set = names.get(baseOf(key)) ?? new Set<string>()
        for (const [name] of placeholders(text)) set.add(name!)
        names.set(baseOf(key), set)
      }
      return names
    }
    const englishNames = namesOf(english)
    for (const [base, names] of namesOf(japanese)) {
      const extra = [...names].filter((name) => name !== 'count' && !englishNames.get(base)?.has(name))
      expect(extra, base).toEqual([])
    }
  })
})

describe('the type of t', () => {
  it('wants a key that exists, and a count for a key in plural forms', () => {
    const t: TFunction = (key: TranslationKey, options?: TranslationOptions) => translate('en', key, options)
    expect(t('errors.tooLong', { count: 3 })).toBe('At most 3 characters.')
    // @ts-expect-error: without its count a plural key has no string to show, only its name.
    expect(t('errors.tooLong')).toBe('errors.tooLong')
    // @ts-expect-error: a misspelt key.
    expect(t('nav.todya')).toBe('nav.todya')
  })
})
