import { describe, expect, it } from 'vitest'
import type { Person, PersonSummary } from '../../../src/shared/api/people'
import { call, testCore } from '../support/core'

type List = { items: PersonSummary[]; total: number }

/** Four people: a Japanese name with a hiragana reading, one with a katakana reading, two English. */
async function seeded() {
  const core = testCore()
  const add = async (input: object) => (await call<Person>(core, 'people.create', input)).id
  const ids = {
    tanaka: await add({ familyName: '田中', givenName: '太郎', familyNameKana: 'たなか', givenNameKana: 'たろう', stage: 'met', tags: ['SRE'] }),
    suzuki: await add({ familyName: '鈴木', givenName: '花子', familyNameKana: 'スズキ', givenNameKana: 'ハナコ', company: '中央ラボ' }),
    alex: await add({ givenName: 'Alex', familyName: 'Kim', company: 'Lumen', tags: ['Design'] }),
    lee: await add({ givenName: 'Sam', familyName: 'Lee', headline: 'Staff Engineer' })
  }
  const find = async (query: string, more: object = {}) => {
    const list = await call<List>(core, 'people.list', { query, ...more })
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
  ])('%j finds %j', async (query, expected) => {
    expect(await (await seeded()).find(query)).toEqual(expected)
  })

  it('keeps the trash out, on the index path and the LIKE path', async () => {
    const { core, ids, find } = await seeded()
    await call(core, 'people.delete', { id: ids.tanaka })
    expect(await find('田中太郎')).toEqual([])
    expect(await find('田中 太郎')).toEqual([])
    expect(await find('たなか 太郎')).toEqual([])
  })

  it('combines a name query with the stage and tag filters', async () => {
    const { find } = await seeded()
    expect(await find('田中 太郎', { stage: 'met' })).toEqual(['tanaka'])
    expect(await find('田中太郎', { stage: 'discovered' })).toEqual([])
    expect(await find('Alex Kim', { tag: 'design' })).toEqual(['alex'])
    expect(await find('Alex Kim', { tag: 'SRE' })).toEqual([])
    expect(await find('たなか 太郎', { tag: 'SRE', stage: 'met' })).toEqual(['tanaka'])
    expect(await find('中', { tag: 'SRE' })).toEqual(['tanaka'])
  })

  it('counts every match when a page is past the end', async () => {
    const { core } = await seeded()
    expect(await call<List>(core, 'people.list', { query: 'たなか たろう', offset: 5 })).toEqual({ total: 1, items: [], next: null })
  })

  it.each(['"', '""', '"Alex"', '%', '_', '%_', '100%', 'a_b', '\\', 'Al"ex Kim', '"%_ \\%_', '* OR NEAR(a b)', 'AND', '(田中'])(
    'treats %j as plain text',
    async (query) => {
      const { core } = await seeded()
      const result = await core.dispatch('people.list', { query })
      expect(result.ok).toBe(true)
      expect(result.ok && (result.value as List).total).toBe(0)
    }
  )

  it('finds quotes, percent signs and underscores literally', async () => {
    const { core, find } = await seeded()
    const id = (await call<Person>(core, 'people.create', { givenName: 'O"Neil', familyName: '100%_real' })).id
    const found = async (query: string) => (await call<List>(core, 'people.list', { query })).items.map((item) => item.id)
    expect(await found('O"Neil')).toEqual([id])
    expect(await found('0%')).toEqual([id])
    expect(await found('%_')).toEqual([id])
    expect(await find('a_')).toEqual([])
  })
})
