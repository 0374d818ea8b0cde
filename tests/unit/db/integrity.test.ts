import { closeSync, openSync, statSync, writeFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { checkIntegrity } from '../../../src/main/db/integrity'
import { openDatabase } from '../../../src/main/db/open'
import { tempDir } from '../support/core'

/** A closed Engawa file with enough people to span many pages. */
function fileWithPeople(count: number): string {
  const file = join(tempDir(), 'engawa.db')
  const opened = openDatabase(file)
  const insert = opened.sqlite.prepare(
    "INSERT INTO people (id, search_key, family_name, notes, created_at, updated_at) VALUES (?, ?, ?, ?, 'now', 'now')"
  )
  opened.sqlite.transaction(() => {
    for (let i = 0; i < count; i++) insert.run(`p${i}`, i + 1, `名前${i}`, `notes ${i} `.repeat(30))
  })()
  opened.sqlite.close()
  return file
}

describe('checkIntegrity', () => {
  it('finds a healthy file healthy', async () => {
    expect(await checkIntegrity(fileWithPeople(200))).toEqual({ ok: true })
  })

  it('finds a page overwritten with garbage in the middle of the file', async () => {
    const file = fileWithPeople(2000)
    const pageSize = 4096
    const pages = statSync(file).size / pageSize
    expect(pages).toBeGreaterThan(20)
    const handle = openSync(file, 'r+')
    writeSync(handle, Buffer.alloc(pageSize, 0xab), 0, pageSize, Math.floor(pages / 2) * pageSize)
    closeSync(handle)

    const result = await checkIntegrity(file)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problems.length).toBeGreaterThan(0)
  })

  it('lists the problems quick_check finds, one per entry', async () => {
    const file = join(tempDir(), 'engawa.db')
    const raw = new Database(file)
    raw.exec("CREATE TABLE notes (id TEXT PRIMARY KEY, body TEXT); INSERT INTO notes VALUES ('a', NULL)")
    // Rewriting the stored schema makes the existing row break a constraint it never had.
    raw.unsafeMode(true)
    raw.pragma('writable_schema = ON')
    raw.prepare("UPDATE sqlite_master SET sql = 'CREATE TABLE notes (id TEXT PRIMARY KEY, body TEXT NOT NULL)' WHERE name = 'notes'").run()
    raw.close()
    expect(await checkIntegrity(file)).toEqual({ ok: false, problems: ['NULL value in notes.body'] })
  })

  it('reports a file that is not a database, or is missing, instead of throwing', async () => {
    const dir = tempDir()
    const text = join(dir, 'notes.db')
    writeFileSync(text, 'not a database '.repeat(100))
    expect(await checkIntegrity(text)).toMatchObject({ ok: false, problems: [expect.stringMatching(/not a database/)] })
    expect((await checkIntegrity(join(dir, 'missing.db'))).ok).toBe(false)
  })

  it('leaves the main thread free while it runs', async () => {
    const file = fileWithPeople(2000)
    let turns = 0
    const ticking = setInterval(() => turns++, 0)
    const result = await checkIntegrity(file)
    clearInterval(ticking)
    expect(result).toEqual({ ok: true })
    // A check on this thread would resolve before any timer could fire.
    expect(turns).toBeGreaterThan(0)
  })
})
