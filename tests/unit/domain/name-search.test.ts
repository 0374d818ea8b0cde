import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { searchWords, toHiragana, toKatakana, wordVariants } from '../../../src/shared/domain/name-search'

// Strings drawn from hiragana, katakana (incl. ー and ヷ–ヺ), half-width kana, kanji and Latin.
const kanaText = fc.string({
  unit: fc.oneof(
    fc.integer({ min: 0x3041, max: 0x309f }),
    fc.integer({ min: 0x30a0, max: 0x30ff }),
    fc.integer({ min: 0xff66, max: 0xff9f }),
    fc.integer({ min: 0x4e00, max: 0x4e40 }),
    fc.integer({ min: 0x41, max: 0x7a })
  ).map((code) => String.fromCodePoint(code))
})

describe('name search words', () => {
  it.each([
    ['Alex Kim', [['Alex'], ['Kim']]],
    ['  ＡＬＥＸ  ', [['ALEX']]],
    ['田中　太郎', [['田中'], ['太郎']]],
    ['田中\t\n太郎', [['田中'], ['太郎']]],
    ['ﾀﾅｶ', [['タナカ', 'たなか']]],
    ['たなか', [['たなか', 'タナカ']]],
    ['タナカ タロウ', [['タナカ', 'たなか'], ['タロウ', 'たろう']]],
    ['ラーメン', [['ラーメン', 'らーめん']]],
    ['ヴァ', [['ヴァ', 'ゔぁ']]],
    ['ヷ', [['ヷ']]],
    ['田中太郎', [['田中太郎']]],
    ['', []],
    ['　 ', []]
  ])('%j gives %j', (query, expected) => {
    expect(searchWords(query).map((word) => word.variants)).toEqual(expected)
  })

  it('counts length in characters, after half-width voiced marks are joined', () => {
    expect(searchWords('ﾀﾞ 𠮷田 ab').map((word) => word.length)).toEqual([1, 2, 2])
  })

  it('converts kana by the 0x60 offset and keeps everything else', () => {
    expect(toHiragana('タナカ・ヶ丘 ABC ー')).toBe('たなか・ゖ丘 ABC ー')
    expect(toKatakana('たなか・ゖ丘 abc ー')).toBe('タナカ・ヶ丘 abc ー')
  })

  it('the hiragana of the katakana is the hiragana, and the other way round', () => {
    fc.assert(
      fc.property(kanaText, (text) => {
        expect(toHiragana(toKatakana(text))).toBe(toHiragana(text))
        expect(toKatakana(toHiragana(text))).toBe(toKatakana(text))
      })
    )
  })

  it('variants are distinct, start with the word, and keep its length', () => {
    fc.assert(
      fc.property(kanaText, (text) => {
        const variants = wordVariants(text)
        expect(new Set(variants).size).toBe(variants.length)
        expect(variants[0]).toBe(text)
        for (const variant of variants) expect([...variant].length).toBe([...text].length)
      })
    )
  })

  it('words hold no whitespace and are NFKC', () => {
    fc.assert(
      fc.property(fc.string(), (query) => {
        for (const word of searchWords(query)) {
          expect(word.text).not.toMatch(/\s/u)
          expect(word.text).not.toBe('')
          expect(word.text.normalize('NFKC')).toBe(word.text)
        }
      })
    )
  })
})
