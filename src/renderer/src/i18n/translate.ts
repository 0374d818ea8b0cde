import { en } from './en'
import { ja } from './ja'

/**
 * The app's own translator, in place of i18next (see docs/dependencies.md for why). Pure: no React,
 * no DOM, so it is unit-tested under Node and index.ts only adds the current language around it.
 *
 * It does what the strings use and nothing more: dotted keys into nested objects, `{{name}}` and
 * `{{name, number}}` placeholders, plurals named with i18next's JSON v4 suffixes (`_one`,
 * `_other`), and English for anything a language lacks. Deliberately not: HTML escaping, nested
 * `$t()`, context, formats other than `number`, and i18next's `_zero` for a count of 0 (the unit
 * tests check that no string asks for nesting, another format or `_zero`).
 */

export type UiLanguage = 'ja' | 'en'

// A key's name without the plural form appended to it. One test per suffix: a trailing literal is
// matched at the end of the string, so a name with underscores of its own stays whole.
type WithoutPlural<K extends string> = K extends `${infer Base}_zero`
  ? Base
  : K extends `${infer Base}_one`
    ? Base
    : K extends `${infer Base}_two`
      ? Base
      : K extends `${infer Base}_few`
        ? Base
        : K extends `${infer Base}_many`
          ? Base
          : K extends `${infer Base}_other`
            ? Base
            : K

type Leaves<T> = {
  [K in keyof T & string]: T[K] extends string ? WithoutPlural<K> : `${K}.${Leaves<T[K]>}`
}[keyof T & string]

/** Every string's path in en.ts, plurals under their base name (`sample.people`, not `sample.people_one`). */
export type TranslationKey = Leaves<typeof en>

/** Values for the placeholders; `count` also picks the plural form. */
export interface TranslationOptions {
  readonly count?: number
  readonly [name: string]: string | number | null | undefined
}

type PluralLeaves<T> = {
  [K in keyof T & string]: T[K] extends string ? (K extends `${infer Base}_other` ? Base : never) : `${K}.${PluralLeaves<T[K]>}`
}[keyof T & string]

/** The keys whose strings come in plural forms: `t` wants a `count` for these. */
export type PluralKey = PluralLeaves<typeof en>

/** A plural key without `count` fails the build: it would always show the `_other` form. */
export interface TFunction {
  (key: PluralKey, options: TranslationOptions & { readonly count: number }): string
  (key: Exclude<TranslationKey, PluralKey>, options?: TranslationOptions): string
}

/** A language's strings as translate() walks them; en.ts and ja.ts are plain objects of this shape. */
export interface StringTree {
  readonly [key: string]: string | StringTree | undefined
}

export type Tables = Readonly<Record<UiLanguage, StringTree>>

const strings: Tables = { en, ja }

// Building an Intl object costs far more than using one, and t() runs on every render.
const pluralRules = new Map<UiLanguage, Intl.PluralRules>()
const numberFormats = new Map<UiLanguage, Intl.NumberFormat>()

function cached<T>(cache: Map<UiLanguage, T>, language: UiLanguage, make: (language: UiLanguage) => T): T {
  let value = cache.get(language)
  if (value === undefined) cache.set(language, (value = make(language)))
  return value
}

/** The object that holds the key's last part, or undefined. Own properties only: `constructor` is no key. */
function parentOf(tree: StringTree, path: readonly string[]): StringTree | undefined {
  let node: StringTree = tree
  for (const part of path) {
    const child = Object.hasOwn(node, part) ? node[part] : undefined
    if (child === undefined || typeof child === 'string') return undefined
    node = child
  }
  return node
}

function find(tree: StringTree, language: UiLanguage, path: readonly string[], leaf: string, count: number | undefined): string | undefined {
  const parent = parentOf(tree, path)
  if (parent === undefined) return undefined
  // The plural form is chosen by the rules of the language the string is in: an English fallback
  // inside Japanese text still says "1 person".
  const names = count === undefined ? [leaf] : [`${leaf}_${cached(pluralRules, language, (l) => new Intl.PluralRules(l)).select(count)}`, `${leaf}_other`, leaf]
  for (const name of names) {
    const value = Object.hasOwn(parent, name) ? parent[name] : undefined
    if (typeof value === 'string') return value
  }
  return undefined
}

function interpolate(language: UiLanguage, text: string, options: TranslationOptions): string {
  // Not HTML-escaped: React escapes what it renders, and escaping here would show `&amp;` in names.
  return text.replace(/\{\{(.+?)\}\}/g, (_, inner: string) => {
    const [name = '', format] = inner.split(',', 2).map((part) => part.trim())
    const value = Object.hasOwn(options, name) ? options[name] : undefined
    // A missing value leaves a gap rather than showing the placeholder's braces to the user.
    if (value === undefined || value === null) return ''
    // Formatted in the language asked for, even in an English fallback, as i18next did. Text under
    // `number` stays text: Intl would turn it into "NaN".
    if (format === 'number' && typeof value === 'number') return cached(numberFormats, language, (l) => new Intl.NumberFormat(l)).format(value)
    return String(value)
  })
}

/**
 * translate() over any tables: the tests check the fallbacks with strings of their own, since the
 * real ones leave nothing out.
 */
export function translateIn(tables: Tables, language: UiLanguage, key: string, options?: TranslationOptions): string {
  const path = key.split('.')
  const leaf = path.pop() ?? ''
  const count = typeof options?.count === 'number' ? options.count : undefined
  const text = find(tables[language], language, path, leaf, count) ?? (language === 'en' ? undefined : find(tables.en, 'en', path, leaf, count))
  if (text === undefined) return key
  return text.includes('{{') ? interpolate(language, text, options ?? {}) : text
}

/**
 * The string at `key` in `language`, else in English, with its placeholders filled. A key found in
 * neither comes back as itself, so a missing string shows where it is missing instead of nothing.
 */
export const translate = (language: UiLanguage, key: TranslationKey, options?: TranslationOptions): string => translateIn(strings, language, key, options)
