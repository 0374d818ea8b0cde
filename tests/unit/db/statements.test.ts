import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { rememberedRead } from '../../../src/main/db/statements'
import { tempDir } from '../support/core'

/** A file in WAL mode with one table, and a counter of how often the remembered read really ran. */
function fixture() {
  const file = join(tempDir(), 'remembered.db')
  const sqlite = new Database(file)
  sqlite.pragma('journal_mode = WAL')
  sqlite.exec('CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT)')
  sqlite.prepare('INSERT INTO items (name) VALUES (?)').run('first')
  let reads = 0
  const count = (key = '') =>
    rememberedRead(sqlite, 'items.count', key, () => {
      reads += 1
      return sqlite.prepare('SELECT count(*) FROM items').pluck().get() as number
    })
  return { file, sqlite, count, reads: () => reads }
}

describe('a remembered read', () => {
  it('is read once while nothing is written', () => {
    const { count, reads } = fixture()
    expect([count(), count(), count()]).toEqual([1, 1, 1])
    expect(reads()).toBe(1)
  })

  it('is read again after this connection writes, even a write rolled back', () => {
    const { sqlite, count, reads } = fixture()
    count()
    sqlite.prepare('INSERT INTO items (name) VALUES (?)').run('second')
    expect(count()).toBe(2)
    expect(reads()).toBe(2)
    expect(() =>
      sqlite.transaction(() => {
        sqlite.prepare('INSERT INTO items (name) VALUES (?)').run('undone')
        throw new Error('rolled back')
      })()
    ).toThrow('rolled back')
    expect(count()).toBe(2)
    expect(reads()).toBe(3)
  })

  it('is not remembered from inside a transaction, whose writes may yet be rolled back', () => {
    const { sqlite, count, reads } = fixture()
    expect(() =>
      sqlite.transaction(() => {
        sqlite.prepare('INSERT INTO items (name) VALUES (?)').run('undone')
        expect(count()).toBe(2)
        throw new Error('rolled back')
      })()
    ).toThrow('rolled back')
    expect(count()).toBe(1)
    expect(reads()).toBe(2)
  })

  it('is read again after another connection commits (the import worker writes apart)', () => {
    const { file, count, reads } = fixture()
    count()
    const other = new Database(file)
    other.prepare('INSERT INTO items (name) VALUES (?)').run('from elsewhere')
    other.close()
    expect(count()).toBe(2)
    expect(reads()).toBe(2)
  })

  it('is read again when what else it depends on changes (a new day, another time zone)', () => {
    const { count, reads } = fixture()
    count('2026-11-29 Asia/Tokyo')
    count('2026-11-29 Asia/Tokyo')
    count('2026-11-30 Asia/Tokyo')
    count('2026-11-30 Europe/London')
    expect(reads()).toBe(3)
  })

  it('keeps one value per name and per connection', () => {
    const a = fixture()
    const b = fixture()
    b.sqlite.prepare('INSERT INTO items (name) VALUES (?)').run('second')
    expect([a.count(), b.count(), a.count(), b.count()]).toEqual([1, 2, 1, 2])
    expect([a.reads(), b.reads()]).toEqual([1, 1])
  })
})
