/**
 * Text for the search index, folded the same way when it is indexed (the SQL function
 * `engawa_fold`, registered on every connection, calls `foldText`) and when it is queried, so
 * "ﾀﾅｶ", "タナカ" and "たなか" are one word and "ＳＲＥ" is "sre".
 */

/**
 * NFKC (width, compatibility forms), lower case, katakana as hiragana. Pure and idempotent.
 * Self-contained (nothing from outside its body): worker threads register it from its source.
 */
export function foldText(text: string): string {
  // NFKC again after lower-casing: a few capitals lower-case to a sequence NFKC would compose.
  // Katakana ァ–ヶ and hiragana ぁ–ゖ sit exactly 0x60 apart; ー and the rest have no twin.
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[\u30a1-\u30f6]/gu, (char) => String.fromCodePoint((char.codePointAt(0) ?? 0) - 0x60))
}

/** The trigram index only matches words of 3+ characters; shorter ones are scanned for. */
export const trigramMinLength = 3
/** More words than this are ignored: each one narrows, and the statement stays small. */
export const maxQueryWords = 8

export interface SearchQuery {
  /** Every folded word, in the order typed, without duplicates. */
  words: string[]
  /** An FTS5 MATCH expression for the 3+ character words (every one must match), or null. */
  match: string | null
  /** The 1–2 character words, which must each appear somewhere in the same item. */
  short: string[]
}

const codePoints = (text: string) => [...text].length

/**
 * Splits what the user typed into folded words and builds the FTS5 expression. Each word becomes
 * a quoted string with its quotes doubled, so `"`, `*`, `-`, `:`, `^`, `(`, NEAR, AND, OR and NOT
 * are plain text and no input can raise an FTS syntax error.
 */
export function buildSearchQuery(typed: string): SearchQuery {
  const words = [
    ...new Set(
      foldText(typed)
        .split(/[\s\p{Cc}\p{Cs}\p{Co}\p{Cn}]+/u)
        .filter((word) => word !== '')
    )
  ].slice(0, maxQueryWords)
  const long = words.filter((word) => codePoints(word) >= trigramMinLength)
  return {
    words,
    match: long.length > 0 ? long.map((word) => `"${word.replaceAll('"', '""')}"`).join(' AND ') : null,
    short: words.filter((word) => codePoints(word) < trigramMinLength)
  }
}

/** A piece of a snippet: text as stored, and whether it is part of a match. Never HTML. */
export interface SnippetPart {
  text: string
  match: boolean
}

// A letter and the marks that combine with it (ﾀﾞ, が as か + ゙) fold together.
const cluster = /\P{M}[\p{M}\uff9e\uff9f]*|[\p{M}\uff9e\uff9f]+/gsu

/** The folded text and, for each of its UTF-16 units, where its cluster starts and ends in the original. */
function foldWithOffsets(text: string): { folded: string; starts: number[]; ends: number[] } {
  let folded = ''
  const starts: number[] = []
  const ends: number[] = []
  for (const found of text.matchAll(cluster)) {
    const piece = foldText(found[0])
    folded += piece
    for (let i = 0; i < piece.length; i++) {
      starts.push(found.index)
      ends.push(found.index + found[0].length)
    }
  }
  return { folded, starts, ends }
}

/** Where the words occur in `text`, as [start, end) ranges of the original, merged and sorted. */
export function matchRanges(text: string, words: readonly string[]): [number, number][] {
  const { folded, starts, ends } = foldWithOffsets(text)
  const ranges: [number, number][] = []
  for (const word of words) {
    if (word === '') continue
    for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + word.length)) {
      ranges.push([starts[at] ?? 0, ends[at + word.length - 1] ?? text.length])
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const merged: [number, number][] = []
  for (const range of ranges) {
    const last = merged.at(-1)
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1])
    else merged.push([range[0], range[1]])
  }
  return merged
}

/** How many of the words occur in the text (to pick the field a snippet comes from). */
export const wordsFound = (text: string, words: readonly string[]): number => {
  const folded = foldText(text)
  return words.filter((word) => folded.includes(word)).length
}

const ellipsis = '…'

/**
 * A short excerpt of `text` around its first match, with the matches marked. Whitespace runs
 * become one space; at most about `width` characters, cut with an ellipsis on either side.
 */
export function snippet(raw: string, words: readonly string[], width = 80): SnippetPart[] {
  const text = raw.replace(/\s+/gu, ' ').trim()
  const ranges = matchRanges(text, words)
  const first = ranges[0]?.[0] ?? 0
  let start = Math.max(0, first - Math.floor(width / 3))
  let end = Math.min(text.length, start + width)
  start = Math.max(0, Math.min(start, end - width))
  // Never cut a surrogate pair in half.
  const lowSurrogate = (i: number) => (text.charCodeAt(i) & 0xfc00) === 0xdc00
  if (start > 0 && lowSurrogate(start)) start--
  if (end < text.length && lowSurrogate(end)) end++
  const parts: SnippetPart[] = []
  const push = (part: string, match: boolean) => {
    if (part !== '') parts.push({ text: part, match })
  }
  let at = start
  if (start > 0) push(ellipsis, false)
  for (const [from, to] of ranges) {
    if (to <= start || from >= end) continue
    push(text.slice(at, Math.max(at, from)), false)
    push(text.slice(Math.max(at, from), Math.min(to, end)), true)
    at = Math.min(to, end)
  }
  push(text.slice(at, end), false)
  if (end < text.length) push(ellipsis, false)
  return parts
}
