import Database from 'better-sqlite3'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildSearchQuery, foldText, matchRanges, snippet, type SnippetPart } from '../../../src/shared/domain/search-text'

const textOf = (parts: SnippetPart[]) => parts.map((part) => part.text).join('')
const marked = (parts: SnippetPart[]) => parts.filter((part) => part.match).map((part) => part.text)

// Hiragana, katakana, half-width kana, full-width Latin, kanji, Latin, FTS syntax and spaces.
const mixedText = fc.string({
  unit: fc
    .oneof(
      fc.integer({ min: 0x3041, max: 0x309f }),
      fc.integer({ min: 0x30a0, max: 0x30ff }),
      fc.integer({ min: 0xff01, max: 0xff9f }),
      fc.integer({ min: 0x4e00, max: 0x4e40 }),
      fc.integer({ min: 0x20, max: 0x7e }),
      fc.constantFrom(0x3000, 0x0a, 0x2a, 0x22, 0x2d, 0x3a)
    )
    .map((code) => String.fromCodePoint(code))
})

describe('folding', () => {
  it.each([
    ['ﾀﾅｶ', 'たなか'],
    ['タナカ', 'たなか'],
    ['たなか', 'たなか'],
    ['ＳＲＥ', 'sre'],
    ['SRE', 'sre'],
    ['ｶﾞｯｺｳ', 'がっこう'],
    ['Müller', 'müller'],
    ['ポストモーテム', 'ぽすともーてむ'],
    ['㈱北斗', '(株)北斗']
  ])('%s → %s', (typed, folded) => {
    expect(foldText(typed)).toBe(folded)
  })

  it('is idempotent, and width, case and kana never matter', () => {
    fc.assert(
      fc.property(fc.oneof(mixedText, fc.string()), (text) => {
        const once = foldText(text)
        expect(foldText(once)).toBe(once)
        expect(foldText(text.toUpperCase())).toBe(foldText(text.toLowerCase()))
      })
    )
  })
})

describe('the query builder', () => {
  it.each([
    ['on-call', ['on-call'], '"on-call"', []],
    ['  ＳＲＥ  オンコール ', ['sre', 'おんこーる'], '"sre" AND "おんこーる"', []],
    ['田中 健', ['田中', '健'], null, ['田中', '健']],
    ['say "hi" NEAR(x)', ['say', '"hi"', 'near(x)'], '"say" AND """hi""" AND "near(x)"', []],
    ['a*  -b :c', ['a*', '-b', ':c'], null, ['a*', '-b', ':c']],
    ['', [], null, []],
    ['Rust rust RUST', ['rust'], '"rust"', []]
  ])('%j', (typed, words, match, short) => {
    expect(buildSearchQuery(typed)).toEqual({ words, match, short })
  })

  it('never builds an expression FTS5 refuses, whatever is typed', () => {
    const sqlite = new Database(':memory:')
    sqlite.exec("CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'trigram'); INSERT INTO t VALUES ('on-call \"NEAR\" たなか *')")
    const search = sqlite.prepare('SELECT count(*) FROM t WHERE t MATCH ?').pluck()
    fc.assert(
      fc.property(fc.oneof(mixedText, fc.string(), fc.constantFrom('NEAR(a b)', 'a OR b', 'NOT x', '"', '*', '^a', 'a:b', '(', ')', '+')), (typed) => {
        const { match, words } = buildSearchQuery(typed)
        expect(words.length).toBeLessThanOrEqual(8)
        if (match !== null) expect(() => search.get(match)).not.toThrow()
      }),
      { numRuns: 500 }
    )
    sqlite.close()
  })
})

describe('snippets', () => {
  it('marks a match found in another width and kana, in the text as stored', () => {
    const parts = snippet('Met ﾀﾅｶさん at the SRE meetup', buildSearchQuery('たなか ＳＲＥ').words)
    expect(textOf(parts)).toBe('Met ﾀﾅｶさん at the SRE meetup')
    expect(marked(parts)).toEqual(['ﾀﾅｶ', 'SRE'])
  })

  it('keeps a half-width voiced mark with its letter', () => {
    expect(matchRanges('xｶﾞｯｺｳx', ['がっこう'])).toEqual([[1, 6]])
  })

  it('cuts a long text around the first match, with ellipses', () => {
    const text = `${'あ'.repeat(200)}オンコール${'い'.repeat(200)}`
    const parts = snippet(text, ['おんこーる'], 60)
    expect(parts[0]).toEqual({ text: '…', match: false })
    expect(parts.at(-1)).toEqual({ text: '…', match: false })
    expect(marked(parts)).toEqual(['オンコール'])
  })

  it('always returns the text it was given, in order, whatever the words', () => {
    fc.assert(
      fc.property(mixedText, fc.array(mixedText, { maxLength: 3 }), (text, typed) => {
        const words = buildSearchQuery(typed.join(' ')).words
        const parts = snippet(text, words, 1000)
        expect(textOf(parts)).toBe(text.replace(/\s+/gu, ' ').trim())
        for (const part of parts) if (part.match) expect(words.some((word) => foldText(part.text).includes(word))).toBe(true)
      })
    )
  })
})
