import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { displayName, displayReading, isFamilyFirst, parseQuickName, sortKey } from '../../../src/shared/domain/names'

const name = (familyName: string, givenName: string, extra: object = {}) => ({ familyName, givenName, nameOrder: 'auto' as const, ...extra })

describe('names', () => {
  it('puts the family name first for Japanese names and last for English ones', async () => {
    expect(displayName(name('田中', '太郎'))).toBe('田中 太郎')
    expect(displayName(name('Kim', 'Alex'))).toBe('Alex Kim')
  })

  it('lets the user override the order per person', async () => {
    expect(displayName(name('Nakamura', 'Yuki', { nameOrder: 'family_first' }))).toBe('Nakamura Yuki')
    expect(displayName(name('中村', 'ゆき', { nameOrder: 'given_first' }))).toBe('ゆき 中村')
    expect(isFamilyFirst(name('Kim', 'Alex', { nameOrder: 'family_first' }))).toBe(true)
  })

  it('shows the reading in the same order as the name', async () => {
    expect(displayReading(name('田中', '太郎', { familyNameKana: 'たなか', givenNameKana: 'たろう' }))).toBe('たなか たろう')
    expect(displayReading(name('Nakamura', 'Yuki', { familyNameKana: 'なかむら', givenNameKana: 'ゆき' }))).toBe('ゆき なかむら')
    expect(displayReading(name('Kim', 'Alex'))).toBe('')
  })

  it('sorts by reading where known, so kanji names fall in あいうえお order', async () => {
    const keys = [
      sortKey(name('渡辺', '健', { familyNameKana: 'わたなべ' })),
      sortKey(name('佐藤', '彩', { familyNameKana: 'さとう' })),
      sortKey(name('伊藤', '翔', { familyNameKana: 'いとう' }))
    ].sort()
    expect(keys).toEqual(['いとう', 'さとう', 'わたなべ'])
  })

  it('splits a quick-add name by script', async () => {
    expect(parseQuickName('田中 太郎')).toEqual({ familyName: '田中', givenName: '太郎' })
    expect(parseQuickName('田中　太郎')).toEqual({ familyName: '田中', givenName: '太郎' })
    expect(parseQuickName('田中')).toEqual({ familyName: '田中', givenName: '' })
    expect(parseQuickName('Alex Kim')).toEqual({ familyName: 'Kim', givenName: 'Alex' })
    expect(parseQuickName('Mary Jane Watson')).toEqual({ familyName: 'Watson', givenName: 'Mary Jane' })
    expect(parseQuickName('  Cher ')).toEqual({ familyName: '', givenName: 'Cher' })
  })

  it('keeps every word of any quick-add name, in display order', async () => {
    const word = fc.stringMatching(/^[A-Za-zぁ-んァ-ン一-龯]{1,8}$/)
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), (words) => {
        const parts = parseQuickName(words.join(' '))
        const shown = displayName({ ...parts, nameOrder: 'auto' })
        expect(shown.split(' ').sort()).toEqual([...words].sort())
      })
    )
  })
})
