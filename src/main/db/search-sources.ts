/**
 * What the one search index over everything holds: per table, the kind of item, its key, the
 * person or event it belongs to (so a trashed one hides it) and the text of its title and body.
 * Trashed topics and resources are left out when read (services/search/queries.ts).
 * Text goes in folded (`engawa_fold`, see db/sql-functions.ts), the way queries are folded, into
 * `search_fts_docs` (one row per item, a stable integer key, which the implicit rowids of
 * text-keyed tables are not); `search_fts` is the trigram index over it (external content).
 */

// New kinds go at the end: each kind's place in this list is its range of keys.
export const searchDocKinds = ['person', 'interaction', 'meeting', 'topic', 'event', 'eventPerson', 'resource', 'community', 'work'] as const
export type SearchDocKind = (typeof searchDocKinds)[number]

interface Source {
  table: string
  kind: SearchDocKind
  /** SQL for each part, given the row's name (`new`, `old` or a table alias). */
  ref: (row: string) => string
  personId: (row: string) => string
  eventId: (row: string) => string
  title: (row: string) => string
  body: (row: string) => string
  /** The columns whose change re-indexes the row. */
  columns: string
  /** Oldest first, when the index is filled: newer items get larger keys. */
  order: string
}

const join = (row: string, columns: string[]) => columns.map((column) => `${row}.${column}`).join(` || ' ' || `)
const none = () => 'NULL'

export const searchSources: Source[] = [
  {
    table: 'people',
    kind: 'person',
    ref: (row) => `${row}.id`,
    personId: (row) => `${row}.id`,
    eventId: none,
    // Both orders, with and without the space, and the reading, as a user may type a name.
    title: (row) =>
      `${row}.family_name || ' ' || ${row}.given_name || ' ' || ${row}.given_name || ' ' || ${row}.family_name || ' ' || ` +
      `${row}.family_name || ${row}.given_name || ' ' || ${row}.given_name || ${row}.family_name || ' ' || ` +
      `${row}.family_name_kana || ${row}.given_name_kana || ' ' || ${row}.given_name_kana || ${row}.family_name_kana`,
    body: (row) =>
      `${join(row, ['headline', 'company', 'department', 'email', 'met_how', 'met_where', 'notes'])} || ' ' || ` +
      ['expertise', 'interests', 'challenges'].map((column) => `engawa_json_words(${row}.${column})`).join(` || ' ' || `),
    columns:
      'id, family_name, given_name, family_name_kana, given_name_kana, headline, company, department, email, expertise, interests, challenges, met_how, met_where, notes',
    order: 't.search_key',
  },
  {
    table: 'interactions',
    kind: 'interaction',
    ref: (row) => `${row}.id`,
    personId: (row) => `${row}.person_id`,
    eventId: none,
    title: (row) => `${row}.summary`,
    body: (row) => `${row}.body`,
    columns: 'id, person_id, summary, body',
    order: 't.occurred_at, t.created_at',
  },
  {
    table: 'meetings',
    kind: 'meeting',
    ref: (row) => `${row}.id`,
    personId: (row) => `${row}.person_id`,
    eventId: none,
    title: (row) => `${row}.purpose`,
    body: (row) =>
      `engawa_json_words(${row}.questions) || ' ' || ${join(row, ['cares_about', 'their_challenges', 'shared_interests', 'help_each_other', 'my_promises', 'their_promises', 'free_notes'])}`,
    columns: 'id, person_id, purpose, questions, cares_about, their_challenges, shared_interests, help_each_other, my_promises, their_promises, free_notes',
    order: 't.created_at',
  },
  {
    table: 'topics',
    kind: 'topic',
    ref: (row) => `${row}.id`,
    personId: none,
    eventId: none,
    title: (row) => `${row}.title`,
    body: (row) => `${row}.body`,
    columns: 'id, title, body',
    order: 't.created_at',
  },
  {
    table: 'events',
    kind: 'event',
    ref: (row) => `${row}.id`,
    personId: none,
    eventId: (row) => `${row}.id`,
    title: (row) => `${row}.name`,
    body: (row) => `${join(row, ['place', 'notes', 'reflection'])} || ' ' || engawa_json_words(${row}.goals)`,
    columns: 'id, name, place, notes, goals, reflection',
    order: 't.created_at',
  },
  {
    table: 'event_people',
    kind: 'eventPerson',
    ref: (row) => `${row}.event_id || ':' || ${row}.person_id`,
    personId: (row) => `${row}.person_id`,
    eventId: (row) => `${row}.event_id`,
    title: () => `''`,
    body: (row) => join(row, ['research', 'common_topics', 'talked_about', 'promised']),
    columns: 'event_id, person_id, research, common_topics, talked_about, promised',
    order: 't.created_at',
  },
  {
    table: 'resources',
    kind: 'resource',
    ref: (row) => `${row}.id`,
    personId: none,
    eventId: none,
    title: (row) => `${row}.title`,
    // Links are https: only (the contract), so the host starts at the ninth character.
    body: (row) => `${row}.why || ' ' || engawa_json_words(${row}.tags) || ' ' || substr(${row}.url, 9, instr(substr(${row}.url, 9) || '/', '/') - 1)`,
    columns: 'id, title, why, tags, url',
    order: 't.created_at',
  },
  {
    table: 'communities',
    kind: 'community',
    ref: (row) => `${row}.id`,
    personId: none,
    eventId: none,
    title: (row) => `${row}.name`,
    body: (row) => join(row, ['platform', 'my_role']),
    columns: 'id, name, platform, my_role',
    order: 't.created_at',
  },
  {
    table: 'works',
    kind: 'work',
    ref: (row) => `${row}.id`,
    personId: none,
    eventId: none,
    title: (row) => `${row}.title`,
    body: (row) => join(row, ['kind', 'link']),
    columns: 'id, title, kind, link',
    order: 't.created_at',
  }
]

/**
 * Each kind's keys sit in a range of their own, counting down from its top: the newest item has
 * the smallest key, so the index is read one kind at a time, newest first, in ascending rowid
 * order, and stops early (FTS5 reads a doclist backwards only by loading all of it).
 */
export const docRangeSize = 2 ** 40
export const docRange = (kind: SearchDocKind): { low: number; high: number } => {
  const low = (searchDocKinds.indexOf(kind) + 1) * docRangeSize
  return { low, high: low + docRangeSize }
}
const nextDoc = (kind: SearchDocKind) => {
  const { low, high } = docRange(kind)
  return `(SELECT ifnull(min(doc), ${high}) - 1 FROM search_fts_docs WHERE doc > ${low} AND doc < ${high})`
}

// With external content, FTS5 must be told the text it held to remove a row; an item never indexed
// issues no 'delete' at all (which would make FTS5 flush what it holds in memory).
const forget = (source: Source, row: string) => `  INSERT INTO search_fts (search_fts, rowid, title, body)
    SELECT 'delete', doc, title, body FROM search_fts_docs WHERE kind = '${source.kind}' AND ref = ${source.ref(row)};
  DELETE FROM search_fts_docs WHERE kind = '${source.kind}' AND ref = ${source.ref(row)};`

const remember = (source: Source, row: string) => `  INSERT INTO search_fts_docs (doc, kind, ref, person_id, event_id, title, body)
    VALUES (${nextDoc(source.kind)}, '${source.kind}', ${source.ref(row)}, ${source.personId(row)}, ${source.eventId(row)}, engawa_fold(${source.title(row)}), engawa_fold(${source.body(row)}));
  INSERT INTO search_fts (rowid, title, body) SELECT doc, title, body FROM search_fts_docs WHERE doc = last_insert_rowid();`

/** The CREATE statements of the index over everything, as SQLite stores them in sqlite_master. */
export const everythingIndexObjects = [
  {
    type: 'table' as const,
    name: 'search_fts',
    sql: "CREATE VIRTUAL TABLE search_fts USING fts5(title, body, content = 'search_fts_docs', content_rowid = 'doc', tokenize = 'trigram')"
  },
  {
    type: 'table' as const,
    name: 'search_fts_docs',
    sql: 'CREATE TABLE search_fts_docs (doc INTEGER PRIMARY KEY, kind TEXT NOT NULL, ref TEXT NOT NULL, person_id TEXT, event_id TEXT, title TEXT NOT NULL, body TEXT NOT NULL, UNIQUE (kind, ref))'
  },
  ...searchSources.flatMap((source) => [
    {
      type: 'trigger' as const,
      name: `search_${source.table}_insert`,
      sql: `CREATE TRIGGER search_${source.table}_insert AFTER INSERT ON ${source.table} BEGIN
${forget(source, 'new')}
${remember(source, 'new')}
END`
    },
    {
      type: 'trigger' as const,
      name: `search_${source.table}_update`,
      sql: `CREATE TRIGGER search_${source.table}_update AFTER UPDATE OF ${source.columns} ON ${source.table} BEGIN
${forget(source, 'old')}
${remember(source, 'new')}
END`
    },
    {
      type: 'trigger' as const,
      name: `search_${source.table}_delete`,
      sql: `CREATE TRIGGER search_${source.table}_delete AFTER DELETE ON ${source.table} BEGIN
${forget(source, 'old')}
END`
    }
  ])
]

/** Statements that fill the index from every source table, in key order (after the objects were created empty). */
export const fillEverything = [
  ...searchSources.map((source) => {
    const { high } = docRange(source.kind)
    return `INSERT INTO search_fts_docs (doc, kind, ref, person_id, event_id, title, body)
  SELECT ${high} - row_number() OVER (ORDER BY ${source.order}), '${source.kind}', ${source.ref('t')}, ${source.personId('t')}, ${source.eventId('t')},
    engawa_fold(${source.title('t')}), engawa_fold(${source.body('t')})
  FROM ${source.table} AS t`
  }),
  "INSERT INTO search_fts (search_fts) VALUES ('rebuild')"
]
