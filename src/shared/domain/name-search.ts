/**
 * Turns what a user typed into a people filter into words to look for. Each word comes with the
 * spellings to try, so "ﾀﾅｶ", "タナカ" and "たなか" all find a reading stored in either kana.
 */

/** One word of a query and the spellings that count as a match for it. */
export interface SearchWord {
  /** The word after NFKC, as the user typed it otherwise. */
  text: string
  /** The word as typed, in hiragana and in katakana; no duplicates, `text` first. */
  variants: string[]
  /** Length in Unicode characters (code points), which is what the trigram index counts. */
  length: number
}

// Katakana ァ–ヶ and hiragana ぁ–ゖ sit exactly 0x60 apart; ー, ヷ–ヺ and the rest have no twin.
const kanaOffset = 0x60
const katakanaRun = /[\u30a1-\u30f6]/gu
const hiraganaRun = /[\u3041-\u3096]/gu

const shift = (char: string, by: number) => String.fromCodePoint((char.codePointAt(0) ?? 0) + by)

/** Katakana letters turned into hiragana; everything else kept. */
export const toHiragana = (text: string): string => text.replace(katakanaRun, (char) => shift(char, -kanaOffset))

/** Hiragana letters turned into katakana; everything else kept. */
export const toKatakana = (text: string): string => text.replace(hiraganaRun, (char) => shift(char, kanaOffset))

/** The spellings of one (already normalised) word to try: as typed, in hiragana, in katakana. */
export function wordVariants(word: string): string[] {
  return [...new Set([word, toHiragana(word), toKatakana(word)])]
}

/**
 * Splits a query into words, after NFKC (half-width ｶﾅ to full-width, ＡＢＣ to ABC, the
 * ideographic space to a plain one). Every word must match; its variants are alternatives.
 */
export function searchWords(query: string): SearchWord[] {
  return query
    .normalize('NFKC')
    .split(/\s+/u)
    .filter((word) => word !== '')
    .map((text) => ({ text, variants: wordVariants(text), length: [...text].length }))
}
