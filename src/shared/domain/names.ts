import type { NameOrder } from './people'

export interface NameParts {
  familyName: string
  givenName: string
  familyNameKana?: string
  givenNameKana?: string
  nameOrder: NameOrder
}

// Han, Hiragana, Katakana (incl. half-width) and the iteration mark: names written in Japanese.
const japaneseScript = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f\u3005]/

export const isJapaneseText = (text: string): boolean => japaneseScript.test(text)

/** Family name first for names written in Japanese, unless the user chose an order for this person. */
export function isFamilyFirst(name: NameParts): boolean {
  if (name.nameOrder === 'family_first') return true
  if (name.nameOrder === 'given_first') return false
  return isJapaneseText(name.familyName + name.givenName)
}

function joinParts(first: string, second: string, separator: string): string {
  return [first, second].filter((part) => part.trim() !== '').join(separator)
}

/** The name as the person would write it: 田中 太郎, Alex Kim. */
export function displayName(name: NameParts): string {
  return isFamilyFirst(name)
    ? joinParts(name.familyName, name.givenName, ' ')
    : joinParts(name.givenName, name.familyName, ' ')
}

/** The phonetic reading in the same order as the display name, or '' when none is known. */
export function displayReading(name: NameParts): string {
  const family = name.familyNameKana ?? ''
  const given = name.givenNameKana ?? ''
  return isFamilyFirst(name) ? joinParts(family, given, ' ') : joinParts(given, family, ' ')
}

/** Key to sort a list by: the reading where known (あいうえお order), else the family name. */
export function sortKey(name: NameParts): string {
  const reading = joinParts(name.familyNameKana ?? '', name.givenNameKana ?? '', ' ')
  const written = joinParts(name.familyName, name.givenName, ' ')
  return (reading || written).normalize('NFKC').toLowerCase()
}

/**
 * Splits a typed name into parts for a quick add: "田中 太郎" and "田中太郎" have the family name
 * first; "Alex Kim" has it last. A single word is kept whole.
 */
export function parseQuickName(raw: string): Pick<NameParts, 'familyName' | 'givenName'> {
  const text = raw.normalize('NFC').replace(/\s+/gu, ' ').trim()
  const words = text.split(' ').filter(Boolean)
  if (words.length === 0) return { familyName: '', givenName: '' }
  if (isJapaneseText(text)) {
    if (words.length === 1) return { familyName: words[0] ?? '', givenName: '' }
    return { familyName: words[0] ?? '', givenName: words.slice(1).join(' ') }
  }
  if (words.length === 1) return { familyName: '', givenName: words[0] ?? '' }
  return { familyName: words[words.length - 1] ?? '', givenName: words.slice(0, -1).join(' ') }
}
