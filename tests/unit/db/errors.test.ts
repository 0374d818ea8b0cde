import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { MigrationFailedError, isDiskFull } from '../../../src/main/db/errors'
import { tempDir } from '../support/core'

/** A real SQLITE_FULL: the file may not grow past its current pages. */
function diskFullError(): unknown {
  const sqlite = new Database(join(tempDir(), 'full.db'))
  sqlite.exec('CREATE TABLE t (body TEXT)')
  sqlite.pragma('max_page_count = 3')
  try {
    for (let i = 0; i < 100; i++) sqlite.prepare('INSERT INTO t VALUES (?)').run('x'.repeat(4000))
    return null
  } catch (error) {
    return error
  } finally {
    sqlite.close()
  }
}

describe('isDiskFull', () => {
  it("recognises SQLite's SQLITE_FULL", () => {
    const error = diskFullError()
    expect(error).toBeInstanceOf(Database.SqliteError)
    expect(isDiskFull(error)).toBe(true)
  })

  it("recognises Node's ENOSPC", () => {
    expect(isDiskFull(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }))).toBe(true)
  })

  it('looks through wrapping errors, such as a failed migration', () => {
    const wrapped = new MigrationFailedError({
      file: '/data/engawa.db',
      migration: '0004_x',
      fromVersion: 3,
      toVersion: 4,
      backupFile: '/data/backups/copy.db',
      cause: diskFullError()
    })
    expect(isDiskFull(wrapped)).toBe(true)
  })

  it('is false for everything else, without looping on a cyclic cause', () => {
    const cyclic = new Error('a') as Error & { cause?: unknown }
    cyclic.cause = cyclic
    for (const other of [new Database.SqliteError('busy', 'SQLITE_BUSY'), new Error('x'), 'SQLITE_FULL', null, undefined, 28, cyclic]) {
      expect(isDiskFull(other)).toBe(false)
    }
  })
})

describe('MigrationFailedError', () => {
  it('says in plain words that nothing changed, and where the copy is', () => {
    const error = new MigrationFailedError({
      file: '/data/engawa.db',
      migration: '0004_x',
      fromVersion: 3,
      toVersion: 4,
      backupFile: '/data/backups/copy.db',
      cause: new Error('no such table: x')
    })
    expect(error.message).toContain('Nothing was changed')
    expect(error.message).toContain('/data/backups/copy.db')
    expect(error.backupFile).toBe('/data/backups/copy.db')
    expect(error.cause).toBeInstanceOf(Error)
  })
})
