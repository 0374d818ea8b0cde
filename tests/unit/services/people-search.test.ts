import { describe, expect, it } from 'vitest'
import type { Person, PersonSummary } from '../../../src/shared/api/people'
import { call, testCore } from '../support/core'

type List = { items: PersonSummary[]; total: number }

/** Four people: a Japanese name with a hiragana reading, one with a katakana reading, two English. */
function seeded() {
  const core = testCore()
  const add = (input: object) => call<Person>(core, 'people.create', input).id
  const ids = {
    tanaka: add({ familyName: '田中', givenName: '太郎', familyNameKana: 'たなか', givenNameKana: 'たろう', stage: 'met', tags: ['SRE'] }),
    suzuki: add({ familyName: '鈴木', givenName: '花子', familyNameKana: 'スズキ', givenNameKana: 'ハナコ', company: '中央ラボ' }),
    alex: add({ givenName: 'Alex', familyName: 'Kim', company: 'Lumen', tags: ['Design'] }),
    lee: add({ givenName: 'Sam', familyName: 'Lee', headline: 'Staff Engineer' })
  }
  const find = (query: string, more: object = {}) => {
    const list = call<List>(core, 'people.list', { query, ...more })
    expect(list.total).toBe(list.items.length)
    const byId = Object.fromEntries(Object.entries(ids).map(([name, id]) => [id, name]))
    return list.items.map((item) => byId[item.id]).sort()
  }
  return { core, ids, find }
}

describe('people search by name', () => {
  it.each([
    ['Alex Kim', ['alex']],
    ['Kim Alex', ['alex']],
    ['alex kim', ['alex']],
    ['ＡＬＥＸ', ['alex']],
    ['  Alex   Kim  ', ['alex']],
    ['AlexKim', ['alex']],
    ['KimAlex', ['alex']],
    ['Kim', ['alex']],
    ['田中太郎', ['tanaka']],
    ['田中 太郎', ['tanaka']],
    ['田中　太郎', ['tanaka']],
    ['太郎 田中', ['tanaka']],
    ['太郎田中', ['tanaka']],
    ['たなか', ['tanaka']],
    ['タナカ', ['tanaka']],
    ['ﾀﾅｶ', ['tanaka']],
    ['たなかたろう', ['tanaka']],
    ['タナカ タロウ', ['tanaka']],
    ['たろう たなか', ['tanaka']],
    ['田中', ['tanaka']],
    ['中', ['suzuki', 'tanaka']],
    ['すずき', ['suzuki']],
    ['ｽｽﾞｷ ﾊﾅｺ', ['suzuki']],
    ['すずきはなこ', ['suzuki']],
    ['鈴木 はなこ', ['suzuki']],
    ['はな 鈴木', ['suzuki']],
    ['Alex 中央', []],
    ['鈴木 中央ラボ', ['suzuki']],
    ['Lumen Al', ['alex']],
    ['Staff Sam', ['lee']],
    ['Alex Lee', []],
    ['田中 花子', []],
    ['たなか はなこ', []],
    ['Kimberly', []]
  ])('%j finds %j', (query, expected) => {
    expect(seeded().find(query)).toEqual(expected)
  })

  it('keeps the trash out, on the index path and the LIKE path', () => {
    const { core, ids, find } = seeded()
    call(core, 'people.delete', { id: ids.tanaka })
    expect(find('田中太郎')).toEqual([])
    expect(find('田中 太郎')).toEqual([])
    expect(find('たなか 太郎')).toEqual([])
  })

  it('combines a name query with the stage and tag filters', () => {
    const { find } = seeded()
    expect(find('田中 太郎', { stage: 'met' })).toEqual(['tanaka'])
    expect(find('田中太郎', { stage: 'discovered' })).toEqual([])
    expect(find('Alex Kim', { tag: 'design' })).toEqual(['alex'])
    expect(find('Alex Kim', { tag: 'SRE' })).toEqual([])
    expect(find('たなか 太郎', { tag: 'SRE', stage: 'met' })).toEqual(['tanaka'])
    expect(find('中', { tag: 'SRE' })).toEqual(['tanaka'])
  })

  it('counts every match when a page is past the end', () => {
    const { core } = seeded()
    expect(call<List>(core, 'people.list', { query: 'たなか たろう', offset: 5 })).toEqual({ total: 1, items: [] })
  })

  it.each(['"', '""', '"Alex"', '%', '_', '%_', '100%', 'a_b', '\\', 'Al"ex Kim', '"%_ \\%_', '* OR NEAR(a b)', 'AND', '(田中'])(
    'treats %j as plain text',
    (query) => {
      const { core } = seeded()
      const result = core.dispatch('people.list', { query })
      expect(result.ok).toBe(true)
      expect(result.ok && (result.value as List).total).toBe(0)
    }
  )

  it('finds quotes, percent signs and underscores literally', () => {
    const { core, find } = seeded()
    const id = call<Person>(core, 'people.create', { givenName: 'O"Neil', familyName: '100%_real' }).id
    const found = (query: string) => call<List>(core, 'people.list', { query }).items.map((item) => item.id)
    expect(found('O"Neil')).toEqual([id])
    expect(found('0%')).toEqual([id])
    expect(found('%_')).toEqual([id])
    expect(find('a_')).toEqual([])
  })
})
