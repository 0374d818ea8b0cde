import { desc, eq } from 'drizzle-orm'
import type { ImportBatch, ImportPreview, ImportSource } from '../../../shared/api/imports'
import { AppFailure } from '../../../shared/api/result'
import { blockingProblems } from '../../../shared/domain/imports'
import type { RowVerdict } from '../../import/duplicates'
import { eachOf, runInSlices } from '../../import/steps'
import { importBatches } from '../../db/schema'
import type { ServiceContext } from '../context'
import { previewJob } from './prepare'

/** The preview: every row mapped, its problems and likely duplicates, and what is proposed. Writes nothing. */
export async function previewImport(ctx: ServiceContext, source: ImportSource): Promise<ImportPreview> {
  const { file, verdicts, existing } = await previewJob(ctx, source)
  const byId = new Map(existing.map((person) => [person.id, person]))
  const named: ImportPreview['people'] = {}
  const rows = await runInSlices(eachOf(file.contacts, (contact, index) => {
    const verdict = verdicts[index] as RowVerdict
    for (const match of verdict.matches) {
      const person = byId.get(match.personId)
      if (person && !named[person.id]) {
        named[person.id] = {
          familyName: person.familyName,
          givenName: person.givenName,
          familyNameKana: person.familyNameKana,
          givenNameKana: person.givenNameKana,
          nameOrder: person.nameOrder,
          company: person.company
        }
      }
    }
    return {
      row: contact.row,
      familyName: contact.familyName,
      givenName: contact.givenName,
      familyNameKana: contact.familyNameKana,
      givenNameKana: contact.givenNameKana,
      email: contact.email,
      company: contact.company,
      headline: contact.headline,
      link: Object.values(contact.links)[0] ?? '',
      connectedOn: contact.connectedOn,
      milestones: contact.milestones.length,
      problems: contact.problems,
      matches: verdict.matches,
      sameAsRow: verdict.sameAsRow,
      exactRepeat: verdict.exactRepeat,
      action: verdict.action,
      targetId: verdict.targetId
    }
  }, 'matching'))
  const duplicates = rows.filter((row) => row.matches.length > 0 || row.sameAsRow !== null).length
  return {
    format: file.format,
    encoding: file.encoding,
    rows,
    people: named,
    counts: {
      rows: rows.length,
      new: rows.filter((row) => row.action === 'create' && row.matches.length === 0 && row.sameAsRow === null).length,
      duplicates,
      problems: rows.filter((row) => row.problems.length > 0).length
    }
  }
}

export const blocked = (problems: readonly string[]): boolean => problems.some((problem) => (blockingProblems as readonly string[]).includes(problem))

type BatchRow = typeof importBatches.$inferSelect

export const toBatch = (row: BatchRow): ImportBatch => ({
  id: row.id,
  fileName: row.fileName,
  format: row.format,
  created: row.createdCount,
  merged: row.mergedCount,
  skipped: row.skippedCount,
  createdAt: row.createdAt,
  undoneAt: row.undoneAt
})

/** The last imports, newest first. */
export function listBatches(ctx: ServiceContext): ImportBatch[] {
  return ctx.db.select().from(importBatches).orderBy(desc(importBatches.createdAt)).limit(20).all().map(toBatch)
}

export function mustLoadBatch(ctx: ServiceContext, id: string): BatchRow {
  const row = ctx.db.select().from(importBatches).where(eq(importBatches.id, id)).get()
  if (!row) throw new AppFailure('NOT_FOUND', 'No import with that id')
  return row
}
