import type Database from 'better-sqlite3'
import { everythingIndexObjects, fillEverything } from './search-sources'

/**
 * The full-text index, defined here once. Migrations may rebuild `people` (SQLite's only way to
 * change a column), which drops its triggers; `ensureSearchIndex` runs after every migration and
 * at every start, compares what the file holds with this definition, and rebuilds the index when
 * they differ. A migration can therefore never leave search silently broken.
 */

/** Names in every form a user may type: both orders, with and without the space, and the reading. */
const namesOf = (row: string) =>
  [
    `${row}.family_name || ' ' || ${row}.given_name`,
    `${row}.family_name || ${row}.given_name`,
    `${row}.given_name || ${row}.family_name`,
    `${row}.family_name_kana || ' ' || ${row}.given_name_kana`,
    `${row}.family_name_kana || ${row}.given_name_kana`
  ].join(` || ' ' || `)

const workOf = (row: string) =>
  `${row}.headline || ' ' || ${row}.company || ' ' || ${row}.department || ' ' || ${row}.email`
const aboutOf = (row: string) =>
  `${row}.expertise || ' ' || ${row}.interests || ' ' || ${row}.challenges || ' ' || ${row}.met_how || ' ' || ${row}.met_where`

const indexedColumns =
  'family_name, given_name, family_name_kana, given_name_kana, headline, company, department, email, expertise, interests, challenges, met_how, met_where, notes'

interface IndexObject {
  type: 'table' | 'trigger'
  name: string
  sql: string
}

/** Every object of the index, as SQLite stores its CREATE statement in sqlite_master. */
export const searchIndexObjects: IndexObject[] = [
  {
    type: 'table',
    name: 'people_fts',
    sql: "CREATE VIRTUAL TABLE people_fts USING fts5(names, work, about, notes, tokenize = 'trigram')"
  },
  {
    type: 'trigger',
    name: 'people_fts_insert',
    sql: `CREATE TRIGGER people_fts_insert AFTER INSERT ON people BEGIN
  INSERT INTO people_fts (rowid, names, work, about, notes)
  VALUES (new.search_key, ${namesOf('new')}, ${workOf('new')}, ${aboutOf('new')}, new.notes);
END`
  },
  {
    type: 'trigger',
    name: 'people_fts_delete',
    sql: `CREATE TRIGGER people_fts_delete AFTER DELETE ON people BEGIN
  DELETE FROM people_fts WHERE rowid = old.search_key;
END`
  },
  {
    type: 'trigger',
    name: 'people_fts_update',
    sql: `CREATE TRIGGER people_fts_update AFTER UPDATE OF search_key, ${indexedColumns} ON people BEGIN
  DELETE FROM people_fts WHERE rowid = old.search_key;
  INSERT INTO people_fts (rowid, names, work, about, notes)
  VALUES (new.search_key, ${namesOf('new')}, ${workOf('new')}, ${aboutOf('new')}, new.notes);
END`
  },
  // The palette's index over people, notes, one-on-ones, topics and events (db/search-sources.ts).
  ...everythingIndexObjects
]

const fillIndex = `INSERT INTO people_fts (rowid, names, work, about, notes)
  SELECT p.search_key, ${namesOf('p')}, ${workOf('p')}, ${aboutOf('p')}, p.notes FROM people AS p`

/** True when the file holds exactly this definition: same objects, same statements. */
export function searchIndexIsCurrent(sqlite: Database.Database): boolean {
  const stored = sqlite.prepare('SELECT sql FROM sqlite_master WHERE type = ? AND name = ?').pluck()
  return searchIndexObjects.every((object) => stored.get(object.type, object.name) === object.sql)
}

/**
 * Re-creates the index and its triggers from the definition when anything differs, and refills it
 * from `people`. Idempotent: on a current file it only reads sqlite_master. Runs in one transaction.
 * Returns whether it rebuilt.
 */
export function ensureSearchIndex(sqlite: Database.Database): boolean {
  if (searchIndexIsCurrent(sqlite)) return false
  sqlite.transaction(() => {
    for (const statement of searchIndexRebuild) sqlite.exec(statement)
  })()
  return true
}

/** Drops every object of the index (a migration may have created some): before filling a file without it. */
export const searchIndexDrop: readonly string[] = [...searchIndexObjects]
  .reverse()
  .map((object) => `DROP ${object.type === 'table' ? 'TABLE' : 'TRIGGER'} IF EXISTS ${object.name}`)

/**
 * Every statement of a rebuild, in order: drop what is there, create the index empty, fill it from
 * the rows. For one transaction; a restore runs them in a worker after the rows are in.
 */
export const searchIndexRebuild: readonly string[] = [...searchIndexDrop, ...searchIndexObjects.map((object) => object.sql), fillIndex, ...fillEverything]
