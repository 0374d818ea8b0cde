import journal from './migrations/meta/_journal.json'

export interface Migration {
  tag: string
  statements: string[]
}

/** Splits a drizzle-kit migration file at its statement breakpoints. */
export function parseMigration(tag: string, sql: string): Migration {
  return {
    tag,
    statements: sql
      .split('--> statement-breakpoint')
      .map((statement) => statement.trim())
      .filter((statement) => statement !== '')
  }
}

// Bundled at build time so the desktop app and browser mode need no migrations folder on disk.
const files = import.meta.glob<string>('./migrations/*.sql', { query: '?raw', import: 'default', eager: true })

/** The migrations drizzle-kit generated, in journal order. */
export const migrations: Migration[] = journal.entries.map((entry) => {
  const sql = files[`./migrations/${entry.tag}.sql`]
  if (sql === undefined) throw new Error(`Migration file missing for ${entry.tag}`)
  return parseMigration(entry.tag, sql)
})

export const latestSchemaVersion = migrations.length
