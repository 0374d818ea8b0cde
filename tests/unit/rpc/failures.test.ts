import { describe, expect, it } from 'vitest'
import { failureOf } from '../../../src/main/rpc/failures'
import { AppFailure } from '../../../src/shared/api/result'
import { call, testCore } from '../support/core'

const sqliteError = (code: string) => Object.assign(new Error(`sqlite says ${code}`), { code })

describe('what a caller sees of a failure', () => {
  it.each([
    ['a service failure keeps its code and words', new AppFailure('NOT_FOUND', 'No person with that id'), 'NOT_FOUND', 'No person with that id'],
    ['a full database', sqliteError('SQLITE_FULL'), 'DISK_FULL', expect.stringMatching(/disk is full.*Nothing was lost/)],
    ['a full file system', sqliteError('ENOSPC'), 'DISK_FULL', expect.stringMatching(/disk is full/)],
    ['a damaged page', sqliteError('SQLITE_CORRUPT'), 'DATA_DAMAGED', expect.stringMatching(/damaged/)],
    ['a damaged index', sqliteError('SQLITE_CORRUPT_INDEX'), 'DATA_DAMAGED', expect.stringMatching(/damaged/)],
    ['not a database', sqliteError('SQLITE_NOTADB'), 'DATA_DAMAGED', expect.stringMatching(/damaged/)],
    ['anything else, without its text', new Error('secret stack detail'), 'INTERNAL', 'Something went wrong; nothing was changed']
  ])('%s', (_label, error, code, message) => {
    expect(failureOf(error)).toEqual({ code, message })
  })

  it('a write on a full disk answers DISK_FULL and writes nothing', async () => {
    const core = testCore()
    // SQLite refuses to grow the file past its current pages: exactly what a full disk looks like to it.
    const pages = core.ctx.sqlite.pragma('page_count', { simple: true }) as number
    core.ctx.sqlite.pragma(`max_page_count = ${pages}`)
    const notes = 'x'.repeat(200_000)
    const result = await core.dispatch('people.create', { givenName: 'Ann', notes })
    expect(result).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } })
    core.ctx.sqlite.pragma('max_page_count = 1073741823')
    expect(core.ctx.sqlite.prepare('SELECT count(*) FROM people').pluck().get()).toBe(0)
  })

  it('a read that hits a damaged page marks the file damaged for every screen', async () => {
    const core = testCore()
    const select = core.ctx.db.select.bind(core.ctx.db)
    core.ctx.db.select = (() => {
      throw sqliteError('SQLITE_CORRUPT')
    }) as never
    const result = await core.dispatch('people.list', {})
    core.ctx.db.select = select
    expect(result).toMatchObject({ ok: false, error: { code: 'DATA_DAMAGED' } })
    expect(await call(core, 'app.health')).toMatchObject({ integrity: 'damaged' })
    expect(core.pushed.at(-1)).toEqual({ event: 'changed', payload: { areas: ['app'] } })
  })
})
