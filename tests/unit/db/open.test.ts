import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { assertEngawaDatabase, type DatabaseFacts } from '../../../src/main/db/identify'
import { latestSchemaVersion, migrations } from '../../../src/main/db/migrations'
import { DatabaseTooNewError, ForeignDatabaseError, openDatabase } from '../../../src/main/db/open'
import { tempDir } from '../support/core'

const hashOf = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

/** A file in rollback-journal mode, as another program (or a future Engawa) may leave it. */
function rollbackJournalFile(userVersion: number, tables: string[]): { dir: string; file: string } {
  const dir = tempDir()
  const file = join(dir, 'engawa.db')
  const raw = new Database(file)
  for (const table of tables) {
    raw.exec(`CREATE TABLE ${table} (id TEXT PRIMARY KEY, body TEXT)`)
    raw.prepare(`INSERT INTO ${table} VALUES ('a', 'something that matters to its owner')`).run()
  }
  raw.pragma(`user_version = ${userVersion}`)
  raw.close()
  return { dir, file }
}

/** The file's bytes are as before, it is still in rollback-journal mode, and no WAL files appeared. */
function expectUntouched(dir: string, file: string, hash: string) {
  expect(hashOf(file)).toBe(hash)
  expect(readdirSync(dir)).toEqual(['engawa.db'])
  const after = new Database(file, { readonly: true })
  expect(after.pragma('journal_mode', { simple: true })).toBe('delete')
  after.close()
}

describe('a file from a newer Engawa', () => {
  it('is refused before anything touches it', () => {
    const { dir, file } = rollbackJournalFile(latestSchemaVersion + 1, ['people', 'future_things'])
    const hash = hashOf(file)
    expect(() => openDatabase(file)).toThrow(DatabaseTooNewError)
    expectUntouched(dir, file, hash)
  })
})

describe("another application's SQLite file at the data path", () => {
  it('is refused with a plain message, and nothing in it changes', () => {
    const { dir, file } = rollbackJournalFile(0, ['accounts', 'ledger'])
    const hash = hashOf(file)
    let failure: unknown
    try {
      openDatabase(file)
    } catch (error) {
      failure = error
    }
    expect(failure).toBeInstanceOf(ForeignDatabaseError)
    expect((failure as ForeignDatabaseError).file).toBe(file)
    expect((failure as Error).message).toContain(file)
    expect((failure as Error).message).toContain('Nothing was changed')
    expectUntouched(dir, file, hash)
  })

  it('is refused even when it uses user_version for its own purposes', () => {
    const { dir, file } = rollbackJournalFile(latestSchemaVersion + 7, ['accounts'])
    const hash = hashOf(file)
    expect(() => openDatabase(file)).toThrow(ForeignDatabaseError)
    expectUntouched(dir, file, hash)
  })
})

describe('a new or empty file', () => {
  it('an empty file at the data path is created normally', () => {
    const file = join(tempDir(), 'engawa.db')
    writeFileSync(file, '')
    const opened = openDatabase(file)
    expect(opened.sqlite.pragma('user_version', { simple: true })).toBe(latestSchemaVersion)
    expect(opened.backupFile).toBeNull()
    opened.sqlite.close()
  })
})

describe('telling Engawa from foreign files', () => {
  const judge = (facts: DatabaseFacts) => {
    try {
      assertEngawaDatabase('/data/engawa.db', facts, migrations)
      return 'engawa'
    } catch (error) {
      return error instanceof DatabaseTooNewError ? 'too new' : error instanceof ForeignDatabaseError ? 'foreign' : 'other'
    }
  }
  const latestTables = ['people', 'milestones', 'tags', 'person_tags', 'interactions', 'settings', 'topics', 'meetings', 'followups', 'sample_rows']
  const ftsTables = ['people_fts', 'people_fts_data', 'people_fts_idx', 'people_fts_content', 'people_fts_docsize', 'people_fts_config']

  it.each([
    ['brand new', { userVersion: 0, tables: [] }, 'engawa'],
    ['latest, with the search index', { userVersion: latestSchemaVersion, tables: [...latestTables, ...ftsTables] }, 'engawa'],
    ['schema 1', { userVersion: 1, tables: ['people', 'milestones', 'tags', 'person_tags', 'interactions', 'settings'] }, 'engawa'],
    ['version 0 holding only Engawa tables (an interrupted first start)', { userVersion: 0, tables: ['people', 'settings'] }, 'engawa'],
    ['version 0 with any other table', { userVersion: 0, tables: ['people', 'accounts'] }, 'foreign'],
    ['a known version with a table Engawa never makes', { userVersion: 2, tables: ['people', 'accounts'] }, 'foreign'],
    ['a known version without people', { userVersion: 2, tables: ['settings'] }, 'foreign'],
    ['newer, with people', { userVersion: latestSchemaVersion + 1, tables: ['people', 'future'] }, 'too new'],
    ['newer, empty', { userVersion: latestSchemaVersion + 1, tables: [] }, 'too new'],
    ['newer, without people', { userVersion: latestSchemaVersion + 1, tables: ['accounts'] }, 'foreign']
  ] as const)('%s', (_name, facts, verdict) => {
    expect(judge({ userVersion: facts.userVersion, tables: [...facts.tables] })).toBe(verdict)
  })
})
