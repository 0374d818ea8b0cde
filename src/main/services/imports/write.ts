import { and, eq, isNull } from 'drizzle-orm'
import { AppFailure } from '../../../shared/api/result'
import type { mergeableFields} from '../../../shared/domain/imports';
import { type ImportAction, type ImportFormat, type MergedFields } from '../../../shared/domain/imports'
import { sortKey } from '../../../shared/domain/names'
import type { ImportedContact } from '../../import/types'
import { milestones, people } from '../../db/schema'
import { beginInWorker, type WorkerTransaction, type WriteStep } from '../../db/write-worker'
import type { JobContext } from '../../jobs/runner'
import { newId, nowIso, type ServiceContext } from '../context'

export interface Planned {
  contact: ImportedContact
  action: ImportAction
  targetId: string | null
}

// Statements the worker prepares once; steps name them by index.
const statements = [
  'INSERT INTO import_batches (id, file_name, format, created_at) VALUES (?, ?, ?, ?)',
  `INSERT INTO people (id, family_name, given_name, family_name_kana, given_name_kana, name_order, sort_key, search_key,
     headline, company, department, email, links, met_how, met_on, notes, created_at, updated_at)
   VALUES (@id, @familyName, @givenName, @familyNameKana, @givenNameKana, 'auto', @sortKey,
     (SELECT ifnull(max(search_key), 0) + 1 FROM people), @headline, @company, @department, @email, @links, @metHow, @metOn, @notes, @now, @now)`,
  'INSERT INTO milestones (id, person_id, kind, date, note, position) VALUES (?, ?, ?, ?, ?, ?)',
  'INSERT INTO import_rows (batch_id, person_id, action, previous, applied, added_milestones) VALUES (?, ?, ?, ?, ?, ?)',
  'UPDATE import_batches SET created_count = ?, merged_count = ?, skipped_count = ? WHERE id = ?'
]
const [insertBatch, insertPerson, insertMilestone, insertRow, countBatch] = [0, 1, 2, 3, 4] as const

// Rows handed to the worker at a time: a few ms to prepare here, ~0.1 s to write there.
const rowsPerChunk = 200

export const removedMeanwhile = 'Someone to merge into was removed meanwhile; preview again'

const throwIfCancelled = (job: JobContext) => {
  if (job.signal.aborted) throw new AppFailure('CANCELLED', 'Cancelled; nothing was kept')
}

/**
 * Writes the planned rows in one transaction as one batch, in a worker thread on its own
 * connection, so the main thread stays free however long it takes (the search triggers run there,
 * row by row). Meanwhile the write gate holds back every other write: the plan was made against
 * People just before, and a merge target removed before the gate closed fails the whole import.
 * Rows go over a chunk at a time, each prepared here while the worker writes the one before;
 * progress is the rows the worker has written; a cancel rolls everything back.
 */
export async function writeImport(
  ctx: ServiceContext,
  format: ImportFormat,
  planned: readonly Planned[],
  fileName: string,
  job: JobContext
): Promise<{ batchId: string; created: number; merged: number; skipped: number }> {
  job.progress('writing', 0, planned.length)
  return ctx.writes.exclusive(async () => {
    throwIfCancelled(job)
    const transaction = await beginInWorker(ctx.databaseFile, statements, { nativeBinding: ctx.nativeBinding })
    try {
      const result = await writeInChunks(ctx, transaction, { format, planned, fileName, job })
      await transaction.commit()
      return result
    } finally {
      await transaction.rollback()
    }
  })
}

async function writeInChunks(
  ctx: ServiceContext,
  transaction: WorkerTransaction,
  { format, planned, fileName, job }: { format: ImportFormat; planned: readonly Planned[]; fileName: string; job: JobContext }
) {
  const total = planned.length
  const batchId = newId()
  const now = nowIso(ctx.clock)
  const writer = batchWriter(ctx, batchId, now, format)
  let steps: WriteStep[] = [[insertBatch, [batchId, fileName, format, now]]]
  let created = 0
  let skipped = 0
  let writing: Promise<void> = Promise.resolve()
  for (let start = 0; start < total; start += rowsPerChunk) {
    for (const item of planned.slice(start, start + rowsPerChunk)) {
      if (item.action === 'create') {
        steps.push(...writer.create(item.contact))
        created++
      } else if (item.action === 'merge' && item.targetId) steps.push(...writer.merge(item.targetId, item.contact))
      else skipped++
    }
    // At most one chunk waits in the worker, so a cancel is heard within a chunk.
    await writing
    job.progress('writing', start, total)
    throwIfCancelled(job)
    writing = transaction.run(steps)
    steps = []
  }
  await writing
  const { steps: mergeSteps, merged } = writer.finish()
  await transaction.run([...mergeSteps, [countBatch, [created, merged, skipped, batchId]]])
  job.progress('writing', total, total)
  throwIfCancelled(job)
  return { batchId, created, merged, skipped }
}

type PersonRow = typeof people.$inferSelect
type Known = { kind: string; date: string; position: number }

const isEmpty = (value: unknown) => value === null || value === undefined || value === ''

/** The steps of a batch. Merge targets are read here, on the main connection, which no one else writes meanwhile. */
function batchWriter(ctx: ServiceContext, batchId: string, now: string, format: string) {
  const merges = new Map<string, { previous: MergedFields; applied: MergedFields; added: string[]; known: Known[]; row: PersonRow }>()
  const metHow = format === 'linkedin' ? 'LinkedIn' : ''

  return {
    create(contact: ImportedContact): WriteStep[] {
      const id = newId()
      const person = {
        id,
        familyName: contact.familyName,
        givenName: contact.givenName,
        familyNameKana: contact.familyNameKana,
        givenNameKana: contact.givenNameKana,
        sortKey: sortKey({ ...contact, nameOrder: 'auto' }),
        headline: contact.headline,
        company: contact.company,
        department: contact.department,
        email: contact.email,
        links: JSON.stringify(contact.links),
        metHow: contact.connectedOn ? metHow : '',
        metOn: contact.connectedOn,
        notes: contact.notes,
        now
      }
      return [
        [insertPerson, person],
        ...contact.milestones.map((m, position): WriteStep => [insertMilestone, [newId(), id, m.kind, m.date, m.note, position]]),
        [insertRow, [batchId, id, 'created', null, null, '[]']]
      ]
    },
    merge(personId: string, contact: ImportedContact): WriteStep[] {
      let entry = merges.get(personId)
      if (!entry) {
        const row = ctx.db.select().from(people).where(and(eq(people.id, personId), isNull(people.deletedAt))).get()
        if (!row) throw new AppFailure('CONFLICT', removedMeanwhile)
        const known = ctx.db.select({ kind: milestones.kind, date: milestones.date, position: milestones.position }).from(milestones).where(eq(milestones.personId, personId)).all()
        entry = { previous: {}, applied: {}, added: [], known, row }
        merges.set(personId, entry)
      }
      fill(entry, contact, metHow)
      const steps: WriteStep[] = []
      let position = Math.max(-1, ...entry.known.map((m) => m.position)) + 1
      for (const m of contact.milestones) {
        if (entry.known.some((k) => k.kind === m.kind && k.date === m.date)) continue
        const id = newId()
        steps.push([insertMilestone, [id, personId, m.kind, m.date, m.note, position]])
        entry.known.push({ kind: m.kind, date: m.date, position: position++ })
        entry.added.push(id)
      }
      return steps
    },
    /** The merged people and their undo records, and how many were merged into. */
    finish(): { steps: WriteStep[]; merged: number } {
      const steps = [...merges].flatMap(([personId, entry]): WriteStep[] => {
        const { row } = entry
        const update = ctx.db
          .update(people)
          .set({ ...(entry.applied as Partial<PersonRow>), links: row.links, sortKey: sortKey(row), updatedAt: now })
          .where(eq(people.id, personId))
          .toSQL()
        return [
          [update.sql, update.params, { code: 'CONFLICT', message: removedMeanwhile }],
          [insertRow, [batchId, personId, 'merged', JSON.stringify(entry.previous), JSON.stringify(entry.applied), JSON.stringify(entry.added)]]
        ]
      })
      return { steps, merged: merges.size }
    }
  }
}

/** Fills in what the person lacks; never overwrites what they have. Notes not already there are added below. */
function fill(entry: { previous: MergedFields; applied: MergedFields; row: PersonRow }, contact: ImportedContact, metHow: string): void {
  const { row } = entry
  const offered: Partial<Record<(typeof mergeableFields)[number], string | null>> = {
    familyNameKana: contact.familyNameKana,
    givenNameKana: contact.givenNameKana,
    email: contact.email,
    company: contact.company,
    department: contact.department,
    headline: contact.headline,
    metOn: contact.connectedOn,
    metHow: contact.connectedOn ? metHow : ''
  }
  const set = (field: (typeof mergeableFields)[number], value: string | Record<string, string> | null) => {
    if (!(field in entry.previous)) entry.previous[field] = row[field] as MergedFields[typeof field]
    entry.applied[field] = value
    Object.assign(row, { [field]: value })
  }
  for (const [field, value] of Object.entries(offered) as [(typeof mergeableFields)[number], string | null][]) {
    if (!isEmpty(value) && isEmpty(row[field])) set(field, value)
  }
  const links = { ...row.links }
  let linksChanged = false
  for (const [kind, url] of Object.entries(contact.links)) {
    if (url && !links[kind] && !Object.values(links).includes(url)) {
      links[kind] = url
      linksChanged = true
    }
  }
  if (linksChanged) set('links', links)
  const notes = contact.notes.trim()
  if (notes !== '' && !row.notes.includes(notes)) set('notes', row.notes.trim() === '' ? notes : `${row.notes.trimEnd()}\n\n${notes}`)
}
