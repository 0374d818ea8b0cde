import type Database from 'better-sqlite3'
import { eventKinds, goalOutcomes } from '../../../src/shared/domain/events'
import { workKinds } from '../../../src/shared/domain/online'
import { followupKinds, followupStatuses, meetingFormats, meetingStatuses, topicKinds } from '../../../src/shared/domain/meetings'
import { channels, interactionKinds, languages, milestoneKinds, nameOrders, stages } from '../../../src/shared/domain/people'
import { importFormats, importRowActions } from '../../../src/shared/domain/imports'
import { sampleTables } from '../../../src/shared/domain/sample'

/**
 * Rows in every table, for migration tests (the project rule: every migration is tested against a
 * file with rows in every table). Reads the schema the file has at its version, so it fills tables
 * later migrations add without changes here: parents before children, every column set, NULL in
 * every nullable column of the middle row. Columns with a vocabulary or JSON get realistic values
 * below; a new column of that kind should be added there.
 */

export const rowsPerTable = 3

type Row = Record<string, unknown>
export type Snapshot = Record<string, Row[]>

interface Column {
  name: string
  type: string
  notnull: number
  pk: number
}

interface ForeignKey {
  table: string
  from: string
  to: string | null
}

const pick = (values: readonly string[]) => (i: number) => values[i % values.length]
const json = (make: (i: number) => unknown) => (i: number) => JSON.stringify(make(i))

const realisticValues: Record<string, (i: number) => unknown> = {
  'people.family_name': pick(['渡辺', 'Smith', '高橋']),
  'people.given_name': pick(['健一', 'Alice', 'さくら']),
  'people.name_order': pick(nameOrders),
  'people.stage': pick(stages),
  'people.preferred_channel': pick(channels),
  'people.preferred_language': pick(languages),
  'people.links': json((i) => ({ site: `https://example.com/${i}` })),
  'people.expertise': json((i) => [`Rust ${i}`, '分散システム']),
  'people.interests': json((i) => [`登山 ${i}`]),
  'people.challenges': json((i) => [`採用 ${i}`]),
  'milestones.kind': pick(milestoneKinds),
  'interactions.kind': pick(interactionKinds),
  'settings.value': json((i) => ({ setting: i, label: '設定' })),
  'topics.kind': pick(topicKinds),
  'meetings.format': pick(meetingFormats),
  'meetings.status': pick(meetingStatuses),
  'meetings.invitation_language': pick(languages),
  'meetings.questions': json((i) => [{ text: `質問 ${i}`, source: 'own' }]),
  'followups.kind': pick(followupKinds),
  'followups.status': pick(followupStatuses),
  'followups.language': pick(languages),
  'sample_rows.table_name': pick(sampleTables),
  'events.kind': pick(eventKinds),
  'works.kind': pick(workKinds),
  'works.published_on': pick(['2026-03-01', '2025-11-20', '2024-06-30']),
  'resources.tags': json((i) => [`SRE ${i}`, 'オンコール']),
  'resources.url': (i) => `https://example.com/article/${i}`,
  'resources.deleted_at': (i) => `2026-0${i + 1}-15T09:30:00.000Z`,
  'import_batches.format': pick(importFormats),
  'import_rows.action': pick(importRowActions),
  'import_rows.previous': json((i) => ({ company: '', email: '', links: {}, notes: `メモ ${i}`, metOn: null })),
  'import_rows.applied': json((i) => ({ company: `株式会社サンプル ${i}`, email: `taro${i}@example.jp`, links: { linkedin: `https://www.linkedin.com/in/taro-${i}` } })),
  'import_rows.added_milestones': json((i) => [`milestone-${i}`]),
  'events.goals': json((i) => [{ text: `目標 ${i}`, outcome: goalOutcomes[i % goalOutcomes.length] ?? null }])
}

/** Ordinary tables holding data: not SQLite's own, not virtual tables or their shadow tables. */
export function dataTables(sqlite: Database.Database): string[] {
  const all = sqlite
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
    .all() as { name: string; sql: string }[]
  const virtual = all.filter((table) => /^CREATE VIRTUAL/i.test(table.sql)).map((table) => table.name)
  return all
    .map((table) => table.name)
    .filter((name) => !virtual.some((owner) => name === owner || name.startsWith(`${owner}_`)))
}

const columnsOf = (sqlite: Database.Database, table: string) => sqlite.pragma(`table_info(${table})`) as Column[]
const foreignKeysOf = (sqlite: Database.Database, table: string) => sqlite.pragma(`foreign_key_list(${table})`) as ForeignKey[]

/** Tables ordered so every table comes after the tables it references. */
function parentsFirst(sqlite: Database.Database, tables: string[]): string[] {
  const ordered: string[] = []
  const visit = (table: string, path: string[]) => {
    if (ordered.includes(table) || path.includes(table)) return
    for (const key of foreignKeysOf(sqlite, table)) if (tables.includes(key.table)) visit(key.table, [...path, table])
    ordered.push(table)
  }
  for (const table of tables) visit(table, [])
  return ordered
}

function valueFor(table: string, column: Column, i: number): unknown {
  if (i === 1 && column.notnull === 0 && column.pk === 0) return null
  const realistic = realisticValues[`${table}.${column.name}`]
  if (realistic) return realistic(i)
  const type = column.type.toUpperCase()
  if (type.includes('INT')) return i + 1
  if (type.includes('REAL') || type.includes('FLOA') || type.includes('DOUB')) return i + 0.5
  if (type.includes('BLOB')) return Buffer.from([i, 0xe3, 0x81])
  return `${table}.${column.name}#${i}`
}

/** Inserts `rowsPerTable` rows into every data table the file has at its current version. */
export function fillEveryTable(sqlite: Database.Database): void {
  for (const table of parentsFirst(sqlite, dataTables(sqlite))) {
    const columns = columnsOf(sqlite, table)
    const keys = foreignKeysOf(sqlite, table)
    const insert = sqlite.prepare(
      `INSERT INTO "${table}" (${columns.map((c) => `"${c.name}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`
    )
    for (let i = 0; i < rowsPerTable; i++) {
      const values = columns.map((column) => {
        const key = keys.find((k) => k.from === column.name)
        if (!key) return valueFor(table, column, i)
        if (i === 1 && column.notnull === 0) return null
        const parentColumn = key.to ?? (columnsOf(sqlite, key.table).find((c) => c.pk === 1)?.name as string)
        const parents = sqlite.prepare(`SELECT "${parentColumn}" FROM "${key.table}" ORDER BY rowid`).pluck().all()
        return parents[i % parents.length]
      })
      insert.run(values)
    }
  }
}

const byContent = (a: Row, b: Row) => JSON.stringify(a).localeCompare(JSON.stringify(b))

/** Every row of every data table, rows in a stable order that does not depend on rowids. */
export function snapshot(sqlite: Database.Database): Snapshot {
  const result: Snapshot = {}
  for (const table of dataTables(sqlite)) {
    const rows = sqlite.prepare(`SELECT * FROM "${table}"`).all() as Row[]
    result[table] = rows.sort(byContent)
  }
  return result
}

/**
 * What to compare after a migration: every table and row from before, without the columns a
 * migration dropped on purpose; the rows after, reduced to those same columns (new columns aside).
 * A column missing after shows as '<missing column>', so its loss fails the comparison.
 */
export function survivingRows(before: Snapshot, after: Snapshot, droppedOnPurpose: Record<string, string[]> = {}) {
  const expected: Snapshot = {}
  const actual: Snapshot = {}
  for (const [table, rows] of Object.entries(before)) {
    const gone = droppedOnPurpose[table] ?? []
    const project = (row: Row) =>
      Object.fromEntries(
        Object.keys(rows[0] ?? {})
          .filter((column) => !gone.includes(column))
          .map((column) => [column, column in row ? row[column] : '<missing column>'])
      )
    expected[table] = rows.map(project).sort(byContent)
    actual[table] = (after[table] ?? []).map(project).sort(byContent)
  }
  return { expected, actual }
}
