import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { backupDatabase, listBackups, restoreBackup } from '../../../src/main/db/backups'
import { latestSchemaVersion } from '../../../src/main/db/migrations'
import { DatabaseTooNewError, ForeignDatabaseError, openDataDir, openDatabase } from '../../../src/main/db/open'
import { tempDir } from '../support/core'
import { fillEveryTable, snapshot } from './fill'

const hashOf = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')
const now = new Date('2026-11-27T03:00:00.000Z')

/** A data directory whose engawa.db has rows in every table, still open. */
function filledDataDir() {
  const dataDir = tempDir()
  const opened = openDataDir(dataDir)
  fillEveryTable(opened.sqlite)
  return { dataDir, opened }
}

/** Adds enough people that the backup takes several steps. */
function addBulk(sqlite: Database.Database, count: number) {
  const insert = sqlite.prepare("INSERT INTO people (id, search_key, notes, created_at, updated_at) VALUES (?, ?, ?, 'now', 'now')")
  sqlite.transaction(() => {
    for (let i = 0; i < count; i++) insert.run(`bulk${i}`, 1000 + i, `bulk notes ${i} `.repeat(40))
  })()
}

describe('backupDatabase', () => {
  it('writes a complete, self-contained copy and reports progress up to the total', async () => {
    const { dataDir, opened } = filledDataDir()
    const target = join(dataDir, 'backups', 'engawa-manual.db')
    const progress: [number, number][] = []
    await backupDatabase(opened.sqlite, target, { onProgress: (done, total) => progress.push([done, total]) })

    const last = progress.at(-1) as [number, number]
    expect(last[0]).toBe(last[1])
    expect(last[1]).toBeGreaterThan(0)
    const copy = new Database(target, { readonly: true })
    expect(snapshot(copy)).toEqual(snapshot(opened.sqlite))
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete')
    copy.close()
    expect(readdirSync(join(dataDir, 'backups'))).toEqual(['engawa-manual.db'])
    opened.sqlite.close()
  })

  it('copies in steps, giving the event loop turns in between', async () => {
    const { dataDir, opened } = filledDataDir()
    addBulk(opened.sqlite, 3000)
    let turns = 0
    const ticking = setInterval(() => turns++, 0)
    const progress: number[] = []
    await backupDatabase(opened.sqlite, join(dataDir, 'copy.db'), { onProgress: (done) => progress.push(done) })
    clearInterval(ticking)
    expect(progress.length).toBeGreaterThan(2)
    expect(turns).toBeGreaterThan(0)
    opened.sqlite.close()
  })

  it('stops when aborted, removes the partial file and rejects with an AbortError', async () => {
    const { dataDir, opened } = filledDataDir()
    addBulk(opened.sqlite, 3000)
    const controller = new AbortController()
    const target = join(dataDir, 'backups', 'engawa-cancelled.db')
    const backup = backupDatabase(opened.sqlite, target, {
      signal: controller.signal,
      onProgress: (done) => done > 0 && controller.abort()
    })
    await expect(backup).rejects.toMatchObject({ name: 'AbortError' })
    expect(readdirSync(join(dataDir, 'backups'))).toEqual([])
    await expect(backupDatabase(opened.sqlite, target, { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' })
    expect(existsSync(target)).toBe(false)
    opened.sqlite.close()
  })

  it('never overwrites an existing backup', async () => {
    const { dataDir, opened } = filledDataDir()
    const target = join(dataDir, 'kept.db')
    writeFileSync(target, 'an earlier copy')
    await expect(backupDatabase(opened.sqlite, target)).rejects.toThrow(/already exists/)
    expect(readFileSync(target, 'utf8')).toBe('an earlier copy')
    opened.sqlite.close()
  })
})

describe('listBackups', () => {
  it('lists copies newest first, by the stamp in their name or else their modification time', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'engawa-2026-01-02T03-04-05-006Z-schema-3.db'), 'a')
    writeFileSync(join(dir, 'engawa-2026-06-01T00-00-00-000Z-schema-4.db'), 'bb')
    writeFileSync(join(dir, 'handmade.db'), 'ccc')
    utimesSync(join(dir, 'handmade.db'), new Date('2026-03-01T00:00:00Z'), new Date('2026-03-01T00:00:00Z'))
    for (const ignored of ['engawa-x.db.partial', 'handmade.db-wal', 'readme.txt']) writeFileSync(join(dir, ignored), '')

    expect(listBackups(dir)).toEqual([
      { file: join(dir, 'engawa-2026-06-01T00-00-00-000Z-schema-4.db'), createdAt: '2026-06-01T00:00:00.000Z', size: 2 },
      { file: join(dir, 'handmade.db'), createdAt: '2026-03-01T00:00:00.000Z', size: 3 },
      { file: join(dir, 'engawa-2026-01-02T03-04-05-006Z-schema-3.db'), createdAt: '2026-01-02T03:04:05.006Z', size: 1 }
    ])
    expect(listBackups(join(dir, 'missing'))).toEqual([])
  })
})

describe('restoreBackup', () => {
  it('moves the current file and its WAL aside, never deleting them, and puts the backup in place', async () => {
    const { dataDir, opened } = filledDataDir()
    const backupFile = join(dataDir, 'backups', 'engawa-before.db')
    await backupDatabase(opened.sqlite, backupFile)
    const backedUp = snapshot(opened.sqlite)
    opened.sqlite.prepare('DELETE FROM person_tags').run()
    opened.sqlite.close()
    const current = join(dataDir, 'engawa.db')
    const currentHash = hashOf(current)
    writeFileSync(`${current}-wal`, 'pending writes')

    const result = restoreBackup(dataDir, backupFile, now)
    expect(result.damagedFile).toBe(join(dataDir, 'engawa-damaged-2026-11-27T03-00-00-000Z.db'))
    expect(hashOf(result.damagedFile as string)).toBe(currentHash)
    expect(readFileSync(`${result.damagedFile}-wal`, 'utf8')).toBe('pending writes')
    expect(existsSync(`${current}-wal`)).toBe(false)

    const restored = openDataDir(dataDir)
    expect(snapshot(restored.sqlite)).toEqual(backedUp)
    restored.sqlite.close()
    expect(existsSync(backupFile)).toBe(true)
  })

  it('refuses a file that is not Engawa data, and moves nothing', () => {
    const { dataDir, opened } = filledDataDir()
    opened.sqlite.close()
    const current = join(dataDir, 'engawa.db')
    const before = hashOf(current)
    const text = join(dataDir, 'notes.db')
    writeFileSync(text, 'not a database '.repeat(100))
    const foreign = join(dataDir, 'other-app.db')
    const raw = new Database(foreign)
    raw.exec('CREATE TABLE accounts (id TEXT)')
    raw.close()

    for (const file of [text, foreign]) expect(() => restoreBackup(dataDir, file, now)).toThrow(ForeignDatabaseError)
    expect(hashOf(current)).toBe(before)
    expect(readdirSync(dataDir).filter((name) => name.startsWith('engawa-damaged'))).toEqual([])
  })

  it('refuses a backup from a newer Engawa', () => {
    const dataDir = tempDir()
    const newer = join(dataDir, 'newer.db')
    openDatabase(newer).sqlite.close()
    const raw = new Database(newer)
    raw.pragma(`user_version = ${latestSchemaVersion + 1}`)
    raw.close()
    expect(() => restoreBackup(dataDir, newer, now)).toThrow(DatabaseTooNewError)
    expect(existsSync(join(dataDir, 'engawa.db'))).toBe(false)
  })
})
