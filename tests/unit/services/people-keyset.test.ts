import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { Output } from '../../../src/shared/api/contract'
import { call, testCore } from '../support/core'

type List = Output<'people.list'>

describe('people.list by keyset', () => {
  it('walks the whole list page by page after each cursor, in the same order and with the same total as offsets', async () => {
    const core = testCore()
    for (let i = 0; i < 23; i++) await call(core, 'people.quickAdd', { name: `Person ${String(i).padStart(2, '0')} ${i % 2 ? 'Kim' : 'Lee'}` })
    const all = await call<List>(core, 'people.list', { limit: 100 })
    for (const query of ['', 'Kim', 'Person', 'Le']) {
      const expected = (await call<List>(core, 'people.list', { query, limit: 100 })).items.map((item) => item.id)
      const seen: string[] = []
      let after: List['next'] = null
      for (let page = 0; page < 10; page++) {
        const list: List = await call<List>(core, 'people.list', { query, after, limit: 5 })
        expect(list.total, query).toBe(expected.length)
        seen.push(...list.items.map((item) => item.id))
        after = list.next
        if (!after) break
      }
      expect(seen, query).toEqual(expected)
    }
    expect(all.next).toBeNull()
  })

  it('keeps the total true after every kind of change, the remembered count included', async () => {
    const core = testCore()
    const total = async (input: object = {}) => (await call<List>(core, 'people.list', { limit: 2, ...input })).total
    const ids: string[] = []
    for (const name of ['Ana Lee', 'Ben Kim', 'Cho Lee']) ids.push((await call<{ id: string }>(core, 'people.quickAdd', { name })).id)
    expect(await total()).toBe(3)
    expect(await total()).toBe(3)
    await call(core, 'people.delete', { id: ids[0] })
    expect(await total()).toBe(2)
    await call(core, 'people.restore', { id: ids[0] })
    expect(await total()).toBe(3)
    expect(await total({ stage: 'met' })).toBe(0)
    // A tag named "null" is a filter of its own, not the whole list.
    expect(await total({ tag: 'null' })).toBe(0)
    await call(core, 'people.update', { id: ids[1], patch: { stage: 'met' } })
    expect(await total({ stage: 'met' })).toBe(1)
    expect(await total()).toBe(3)
    // A commit by another connection to the same file (as the import's worker makes) counts too.
    const other = new Database(core.ctx.sqlite.name)
    other.prepare("UPDATE people SET deleted_at = '2026-11-27T03:00:00.000Z' WHERE id = ?").run(ids[2])
    other.close()
    expect(await total()).toBe(2)
  })

  it('refuses a malformed cursor and answers INVALID_INPUT', async () => {
    const core = testCore()
    const result = await core.dispatch('people.list', { after: { sortKey: 1, id: null } })
    expect(result.ok).toBe(false)
  })
})
