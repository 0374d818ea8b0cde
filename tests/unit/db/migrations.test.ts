import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { DatabaseTooNewError, openDatabase } from '../../../src/main/db/open'
import { latestSchemaVersion, migrations } from '../../../src/main/db/migrations'
import { tempDir } from '../support/core'

const insertPerson = (sqlite: Database.Database, id: string, familyName: string, notes = '') =>
  sqlite
    .prepare(
      "INSERT INTO people (id, search_key, family_name, given_name, notes, created_at, updated_at) VALUES (?, (SELECT ifnull(max(search_key), 0) + 1 FROM people), ?, '', ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"
    )
    .run(id, familyName, notes)

describe('opening the database', () => {
  it('creates a new file at the latest schema with durable pragmas', async () => {
    const opened = openDatabase(join(tempDir(), 'engawa.db'))
    expect(opened.schemaVersion).toBe(latestSchemaVersion)
    expect(opened.sqlite.pragma('user_version', { simple: true })).toBe(latestSchemaVersion)
    expect(opened.sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(opened.sqlite.pragma('synchronous', { simple: true })).toBe(2) // FULL
    expect(opened.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(opened.backupFile).toBeNull()
    const tables = opened.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all()
    for (const table of ['people', 'milestones', 'tags', 'person_tags', 'interactions', 'settings', 'people_fts']) {
      expect(tables).toContain(table)
    }
    opened.sqlite.close()
  })

  it('refuses a database written by a newer version and leaves it untouched', async () => {
    const file = join(tempDir(), 'engawa.db')
    const raw = new Database(file)
    raw.pragma(`user_version = ${latestSchemaVersion + 1}`)
    raw.close()
    expect(() => openDatabase(file)).toThrow(DatabaseTooNewError)
    const after = new Database(file)
    expect(after.pragma('user_version', { simple: true })).toBe(latestSchemaVersion + 1)
    expect(after.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table'").pluck().get()).toBe(0)
    after.close()
  })
})

describe('migration 0001_people_search', () => {
  it('keeps people written at schema 1 and makes them searchable, after a backup', async () => {
    const dir = tempDir()
    const file = join(dir, 'engawa.db')
    const before = openDatabase(file, { migrations: migrations.slice(0, 1) })
    insertPerson(before.sqlite, 'p1', '渡辺', 'オンコールの振り返り')
    insertPerson(before.sqlite, 'p2', 'Smith')
    before.sqlite.close()

    const after = openDatabase(file, {
      backupDir: join(dir, 'backups'),
      now: () => new Date('2026-11-27T00:00:00Z'),
      migrations: migrations.slice(0, 2)
    })
    expect(after.schemaVersion).toBe(2)
    expect(after.sqlite.prepare('SELECT family_name FROM people ORDER BY id').pluck().all()).toEqual(['渡辺', 'Smith'])
    const found = after.sqlite
      .prepare(`SELECT id FROM people WHERE search_key IN (SELECT rowid FROM people_fts WHERE people_fts MATCH '"振り返り"')`)
      .pluck()
      .all()
    expect(found).toEqual(['p1'])
    expect(after.backupFile).not.toBeNull()
    expect(existsSync(after.backupFile as string)).toBe(true)
    expect(readdirSync(join(dir, 'backups'))).toHaveLength(1)

    const backup = new Database(after.backupFile as string, { readonly: true })
    expect(backup.pragma('user_version', { simple: true })).toBe(1)
    expect(backup.prepare('SELECT count(*) FROM people').pluck().get()).toBe(2)
    backup.close()
    after.sqlite.close()
  })

  it('keeps the index in step with inserts, updates and deletes', async () => {
    const opened = openDatabase(join(tempDir(), 'engawa.db'))
    const search = (text: string) =>
      opened.sqlite
        .prepare('SELECT id FROM people WHERE search_key IN (SELECT rowid FROM people_fts WHERE people_fts MATCH ?)')
        .pluck()
        .all(`"${text}"`)
    insertPerson(opened.sqlite, 'p1', '佐藤', 'Kubernetes の話')
    expect(search('Kubernetes')).toEqual(['p1'])
    opened.sqlite.prepare("UPDATE people SET notes = 'Rust の話' WHERE id = 'p1'").run()
    expect(search('Kubernetes')).toEqual([])
    expect(search('Rust の')).toEqual(['p1'])
    opened.sqlite.prepare("DELETE FROM people WHERE id = 'p1'").run()
    expect(search('Rust の')).toEqual([])
    opened.sqlite.close()
  })
})

describe('migration 0002_meetings_followups', () => {
  it('keeps people and their timeline, and adds meetings and follow-ups tied to them', async () => {
    const dir = tempDir()
    const file = join(dir, 'engawa.db')
    const before = openDatabase(file, { migrations: migrations.slice(0, 2) })
    insertPerson(before.sqlite, 'p1', '高橋', 'メモ')
    before.sqlite
      .prepare("INSERT INTO interactions (id, person_id, kind, occurred_at, created_at) VALUES ('i1', 'p1', 'note', '2026-01-02T00:00:00Z', '2026-01-02T00:00:00Z')")
      .run()
    before.sqlite.close()

    const after = openDatabase(file, { migrations: migrations.slice(0, 3) })
    expect(after.schemaVersion).toBe(3)
    expect(after.sqlite.prepare('SELECT family_name FROM people').pluck().all()).toEqual(['高橋'])
    expect(after.sqlite.prepare('SELECT id FROM interactions').pluck().all()).toEqual(['i1'])
    after.sqlite
      .prepare("INSERT INTO meetings (id, person_id, created_at, updated_at) VALUES ('m1', 'p1', 'now', 'now')")
      .run()
    after.sqlite
      .prepare(
        "INSERT INTO followups (id, person_id, meeting_id, kind, due_on, original_due_on, source_key, created_at, updated_at) VALUES ('f1', 'p1', 'm1', 'thank_you', '2026-01-02', '2026-01-02', 'k', 'now', 'now')"
      )
      .run()
    expect(() =>
      after.sqlite
        .prepare(
          "INSERT INTO followups (id, person_id, kind, due_on, original_due_on, source_key, created_at, updated_at) VALUES ('f2', 'p1', 'thank_you', '2026-01-02', '2026-01-02', 'k', 'now', 'now')"
        )
        .run()
    ).toThrow(/UNIQUE/)
    after.sqlite.prepare("DELETE FROM people WHERE id = 'p1'").run()
    expect(after.sqlite.prepare('SELECT count(*) FROM followups').pluck().get()).toBe(0)
    after.sqlite.close()
  })
})
