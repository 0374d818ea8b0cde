import { existsSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { MigrationFailedError, openDatabase } from '../../../src/main/db/open'
import { runMigrations, withoutForeignKeyPragmas } from '../../../src/main/db/migrate'
import { latestSchemaVersion, migrations, parseMigration } from '../../../src/main/db/migrations'
import { tempDir } from '../support/core'
import { fillEveryTable, snapshot, survivingRows, type Snapshot } from './fill'
import { rebuildPeople } from './rebuild-people'

// Columns migrations removed on purpose (0003: nothing used them); any other lost column fails.
const droppedOnPurpose = { followups: ['event_id'], interactions: ['deleted_at'], meetings: ['deleted_at'] }

/** A file at `version`, with rows in every table it has then; returns its path and contents. */
function fileAtVersion(version: number): { dir: string; file: string; before: Snapshot } {
  const dir = tempDir()
  const file = join(dir, 'engawa.db')
  const opened = openDatabase(file, { migrations: migrations.slice(0, version) })
  fillEveryTable(opened.sqlite)
  const before = snapshot(opened.sqlite)
  opened.sqlite.close()
  return { dir, file, before }
}

const searchIds = (sqlite: Database.Database, text: string) =>
  sqlite
    .prepare('SELECT id FROM people WHERE search_key IN (SELECT rowid FROM people_fts WHERE people_fts MATCH ?) ORDER BY id')
    .pluck()
    .all(`"${text}"`)

/** Every person can be found by name and by notes. */
function expectPeopleSearchable(sqlite: Database.Database, people: Record<string, unknown>[]) {
  for (const person of people) {
    expect(searchIds(sqlite, `${person.family_name} ${person.given_name}`)).toContain(person.id)
    if (person.notes) expect(searchIds(sqlite, String(person.notes))).toEqual([person.id])
  }
}

const readOnly = (file: string) => new Database(file, { readonly: true })

describe('migrating a file with rows in every table', () => {
  for (let version = 0; version < latestSchemaVersion; version++) {
    it(`keeps every row of every table from schema ${version} to the latest, and search finds the people`, () => {
      const { dir, file, before } = fileAtVersion(version)
      const after = openDatabase(file, { backupDir: join(dir, 'backups') })
      expect(after.schemaVersion).toBe(latestSchemaVersion)
      const { expected, actual } = survivingRows(before, snapshot(after.sqlite), droppedOnPurpose)
      expect(actual).toEqual(expected)
      expectPeopleSearchable(after.sqlite, before.people ?? [])
      expect(after.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
      expect(after.backupFile !== null).toBe(version > 0)
      after.sqlite.close()
    })
  }

  it('fills every table the latest schema has', () => {
    const { before } = fileAtVersion(latestSchemaVersion)
    for (const table of ['people', 'milestones', 'tags', 'person_tags', 'interactions', 'settings', 'topics', 'meetings', 'followups', 'sample_rows']) {
      expect(before[table], table).toHaveLength(3)
    }
  })
})

describe('a migration that rebuilds people the way drizzle-kit writes it', () => {
  it('would cascade-delete the timeline if foreign keys stayed on (why the runner switches them off)', () => {
    const { file } = fileAtVersion(latestSchemaVersion)
    const raw = new Database(file)
    raw.pragma('foreign_keys = ON')
    raw.transaction(() => rebuildPeople.statements.forEach((statement) => raw.exec(statement)))()
    expect(raw.prepare('SELECT count(*) FROM interactions').pluck().get()).toBe(0)
    raw.close()
  })

  it('keeps every row of every table, and search still finds the people', () => {
    const { dir, file, before } = fileAtVersion(latestSchemaVersion)
    const after = openDatabase(file, { backupDir: join(dir, 'backups'), migrations: [...migrations, rebuildPeople] })
    expect(after.schemaVersion).toBe(latestSchemaVersion + 1)
    const { expected, actual } = survivingRows(before, snapshot(after.sqlite))
    expect(actual).toEqual(expected)
    // The rebuild really happened: the new default is in place.
    expect(after.sqlite.prepare("SELECT sql FROM sqlite_master WHERE name = 'people'").pluck().get()).toContain("DEFAULT 'met'")
    // DROP TABLE took the index triggers with it; ensureSearchIndex put them back.
    expectPeopleSearchable(after.sqlite, before.people ?? [])
    after.sqlite
      .prepare("INSERT INTO people (id, search_key, family_name, given_name, notes, created_at, updated_at) VALUES ('new', 99, '新しい', '人', 'added after the rebuild', 'now', 'now')")
      .run()
    expect(searchIds(after.sqlite, 'added after the rebuild')).toEqual(['new'])
    expect(after.sqlite.pragma('foreign_key_check')).toEqual([])
    expect(after.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    after.sqlite.close()
  })
})

describe('a migration that fails', () => {
  const orphanTimeline = parseMigration('9001_test_orphans', 'PRAGMA foreign_keys=OFF;--> statement-breakpoint\nDELETE FROM people;')

  it('leaves a foreign-key violation: rolled back, the file unchanged, the error names the copy', () => {
    const { dir, file, before } = fileAtVersion(latestSchemaVersion)
    let failure: unknown
    try {
      openDatabase(file, { backupDir: join(dir, 'backups'), migrations: [...migrations, orphanTimeline] })
    } catch (error) {
      failure = error
    }
    expect(failure).toBeInstanceOf(MigrationFailedError)
    const error = failure as MigrationFailedError
    expect(error.migration).toBe('9001_test_orphans')
    expect(error.backupFile).not.toBeNull()
    expect(error.message).toContain(error.backupFile as string)
    expect(error.message).toContain('Nothing was changed')
    expect(error.message).toMatch(/point at missing rows/)

    const unchanged = readOnly(file)
    expect(unchanged.pragma('user_version', { simple: true })).toBe(latestSchemaVersion)
    expect(snapshot(unchanged)).toEqual(before)
    unchanged.close()
    const copy = readOnly(error.backupFile as string)
    expect(snapshot(copy)).toEqual(before)
    copy.close()
  })

  it('undoes every step of the run, not only the failing one', () => {
    const { dir, file, before } = fileAtVersion(1)
    const broken = parseMigration('9002_test_broken', 'CREATE TABLE broken (')
    expect(() => openDatabase(file, { backupDir: join(dir, 'backups'), migrations: [...migrations, broken] })).toThrow(MigrationFailedError)
    const unchanged = readOnly(file)
    expect(unchanged.pragma('user_version', { simple: true })).toBe(1)
    expect(snapshot(unchanged)).toEqual(before)
    unchanged.close()
  })

  it('turns foreign keys back on, after a failure as after a success', () => {
    const { dir, file } = fileAtVersion(latestSchemaVersion)
    const sqlite = new Database(file)
    sqlite.pragma('foreign_keys = ON')
    const options = { file, backupDir: join(dir, 'backups'), migrations: [...migrations, orphanTimeline] }
    expect(() => runMigrations(sqlite, latestSchemaVersion, true, options)).toThrow(MigrationFailedError)
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    const backup = runMigrations(sqlite, latestSchemaVersion, true, { ...options, migrations: [...migrations, rebuildPeople] })
    expect(backup !== null && existsSync(backup)).toBe(true)
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    sqlite.close()
  })
})

describe('withoutForeignKeyPragmas', () => {
  it('removes the pragma in the spellings drizzle-kit and people write, and nothing else', () => {
    expect(withoutForeignKeyPragmas('PRAGMA foreign_keys=OFF;')).toBe('')
    expect(withoutForeignKeyPragmas('pragma foreign_keys = on')).toBe('')
    expect(withoutForeignKeyPragmas("PRAGMA foreign_keys='0';\nDELETE FROM x;")).toBe('DELETE FROM x;')
    expect(withoutForeignKeyPragmas('PRAGMA foreign_key_check;')).toBe('PRAGMA foreign_key_check;')
  })
})
