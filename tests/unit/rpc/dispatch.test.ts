import { describe, expect, it } from 'vitest'
import { limits } from '../../../src/shared/api/limits'
import { call, rowCount, testCore } from '../support/core'

const tables = ['people', 'tags', 'person_tags', 'milestones', 'interactions', 'settings', 'topics', 'meetings', 'followups']
const snapshot = (core: ReturnType<typeof testCore>) => Object.fromEntries(tables.map((table) => [table, rowCount(core, table)]))

describe('dispatch', () => {
  it('answers with a Result envelope', async () => {
    const core = testCore()
    expect(await core.dispatch('people.list', {})).toEqual({ ok: true, value: { items: [], total: 0, next: null } })
  })

  it.each([
    ['wrong types', 'people.create', { familyName: 42 }],
    ['missing fields', 'people.get', {}],
    ['no name at all', 'people.create', { company: 'Northwind' }],
    ['an oversized string', 'people.create', { familyName: 'x'.repeat(limits.shortText + 1) }],
    ['oversized notes', 'people.create', { givenName: 'Ann', notes: 'x'.repeat(limits.markdown + 1) }],
    ['a javascript: link', 'people.create', { givenName: 'Ann', links: { blog: 'javascript:alert(1)' } }],
    ['a bad email', 'people.create', { givenName: 'Ann', email: 'not-an-email' }],
    ['a bad date', 'people.create', { givenName: 'Ann', metOn: '27/11/2026' }],
    ['an unknown stage', 'people.create', { givenName: 'Ann', stage: 'best-friend' }],
    ['a non-object input', 'people.create', 'Ann'],
    ['a bad id', 'people.delete', { id: '../../etc' }],
    ['a bad setting', 'settings.update', { theme: 'neon' }],
    ['an empty interaction', 'interactions.add', { personId: '00000000-0000-4000-8000-000000000000', summary: '' }],
    ['an unknown notes section', 'meetings.saveNotes', { id: '00000000-0000-4000-8000-000000000000', section: 'gossip', text: 'x' }],
    ['a javascript: meeting link', 'meetings.update', { id: '00000000-0000-4000-8000-000000000000', patch: { link: 'javascript:alert(1)' } }],
    ['a snooze to no date', 'followups.snooze', { id: '00000000-0000-4000-8000-000000000000', until: '2026-13-45' }],
    ['a date that does not exist', 'people.create', { givenName: 'Ann', metOn: '2026-04-31' }],
    ['an empty topic', 'topics.create', { kind: 'question', title: '  ' }],
    ['an unknown follow-up kind', 'followups.create', { personId: '00000000-0000-4000-8000-000000000000', kind: 'nag', dueOn: '2026-12-01' }]
  ])('rejects %s with INVALID_INPUT and writes nothing', async (_label, procedure, input) => {
    const core = testCore()
    await call(core, 'people.quickAdd', { name: 'Existing Person' })
    const before = snapshot(core)
    const result = await core.dispatch(procedure, input)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('INVALID_INPUT')
    expect(result.error.message).not.toBe('')
    expect(Array.isArray(result.error.details)).toBe(true)
    expect(snapshot(core)).toEqual(before)
  })

  it('rejects an unknown procedure with a clear message', async () => {
    const core = testCore()
    expect(await core.dispatch('people.drop', {})).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'Unknown procedure: people.drop' }
    })
    expect(await core.dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  it('reports a missing person as NOT_FOUND', async () => {
    const core = testCore()
    expect(await core.dispatch('people.get', { id: '00000000-0000-4000-8000-000000000000' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' }
    })
  })

  it('turns an unexpected failure into INTERNAL without leaking its text, and rolls back', async () => {
    const core = testCore()
    const { id } = await call<{ id: string }>(core, 'people.quickAdd', { name: 'Ann Lee' })
    const before = snapshot(core)
    // A trigger that fails halfway through a multi-row write: the tags must not be half-written.
    core.ctx.sqlite.exec("CREATE TRIGGER boom BEFORE INSERT ON person_tags BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")
    const result = await core.dispatch('people.update', { id, patch: { company: 'Northwind', tags: ['a'] } })
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Something went wrong; nothing was changed' } })
    expect(snapshot(core)).toEqual(before)
    expect((await call<{ company: string }>(core, 'people.get', { id })).company).toBe('')
  })

  it('stores and returns settings with defaults for what was never set', async () => {
    const core = testCore()
    expect(await call(core, 'settings.get')).toMatchObject({ language: 'system', theme: 'system', onboarded: false })
    expect(await call(core, 'settings.update', { language: 'ja', theme: 'dark' })).toMatchObject({ language: 'ja', theme: 'dark', motion: false })
  })
})
