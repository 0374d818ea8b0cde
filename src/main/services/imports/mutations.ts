import { and, eq, inArray, isNull } from 'drizzle-orm'
import type { ParsedInput } from '../../../shared/api/contract'
import type { ImportBatch } from '../../../shared/api/imports'
import type { JobState } from '../../../shared/api/jobs'
import { AppFailure } from '../../../shared/api/result'
import { mergeableFields } from '../../../shared/domain/imports'
import { sortKey } from '../../../shared/domain/names'
import type { RowVerdict } from '../../import/duplicates'
import { importBatches, importRows, milestones, people } from '../../db/schema'
import { nowIso, type ServiceContext } from '../context'
import { forgetPrepared, preparedFor, type Prepared } from './prepare'
import { blocked, mustLoadBatch, toBatch } from './queries'
import { forgetSource } from './source'
import { removedMeanwhile, writeImport, type Planned } from './write'

type CommitInput = ParsedInput<'imports.commit'>


/**
 * The proposals with the user's choices over them. A choice for a row that is not in the file, a
 * create or merge of a row that cannot be imported, or a merge into someone the row does not match
 * is refused as a whole: nothing is written.
 */
function plan(matched: Prepared, choices: CommitInput['choices']): Planned[] {
  const byRow = new Map<number, number>()
  matched.file.contacts.forEach((contact, index) => byRow.set(contact.row, index))
  const chosen = new Map<number, CommitInput['choices'][number]>()
  for (const choice of choices) {
    if (!byRow.has(choice.row)) throw invalidChoice(choice.row, 'No such row in the file')
    chosen.set(choice.row, choice)
  }
  return matched.file.contacts.map((contact, index) => {
    const verdict = matched.verdicts[index] as RowVerdict
    const choice = chosen.get(contact.row)
    const action = choice?.action ?? verdict.action
    if (action !== 'skip' && blocked(contact.problems)) throw invalidChoice(contact.row, 'This row cannot be imported')
    if (action !== 'merge') return { contact, action, targetId: null }
    const targetId = choice?.targetId ?? verdict.targetId ?? (verdict.matches.length === 1 ? (verdict.matches[0]?.personId ?? null) : null)
    if (!targetId || !verdict.matches.some((match) => match.personId === targetId)) throw invalidChoice(contact.row, 'Merge only into someone this row matches')
    return { contact, action, targetId }
  })
}

const invalidChoice = (row: number, message: string) =>
  new AppFailure('INVALID_INPUT', `Row ${row}: ${message}`, [{ path: ['choices'], code: 'bad_choice', message: `Row ${row}: ${message}` }])

/**
 * Starts an import: the file as the preview read and matched it (read again, in slices, if it
 * changed or was never previewed) and the choices are checked before answering (a bad file or
 * choice answers INVALID_INPUT and starts nothing), and every merge target must still be outside
 * the trash; the job then writes every row in one transaction as one batch, in a worker thread
 * (see write.ts), which checks the targets again once the write gate is closed.
 */
export async function startImport(ctx: ServiceContext, input: CommitInput): Promise<JobState> {
  // The restore replaces People as a whole: an import matched against the old file must not follow it in.
  if (ctx.jobs.list().some((job) => job.kind === 'json_restore' && job.status === 'running')) {
    throw new AppFailure('CONFLICT', 'A restore is running; import once it has finished')
  }
  const prepared = await preparedFor(ctx, input.source)
  const planned = plan(prepared, input.choices)
  checkTargets(ctx, planned)
  return ctx.jobs.start({
    kind: 'import',
    changesWhenDone: ['people', 'imports'],
    async run(job) {
      const result = await writeImport(ctx, prepared.file.format, planned, input.fileName, job)
      forgetSource(ctx, input.source)
      forgetPrepared(ctx)
      return result
    }
  })
}

/** Every merge target still outside the trash: the preview may be older than a delete. */
function checkTargets(ctx: ServiceContext, planned: readonly Planned[]): void {
  const targets = [...new Set(planned.flatMap((item) => (item.targetId ? [item.targetId] : [])))]
  for (let start = 0; start < targets.length; start += 500) {
    const ids = targets.slice(start, start + 500)
    const found = ctx.db.select({ id: people.id }).from(people).where(and(inArray(people.id, ids), isNull(people.deletedAt))).all()
    if (found.length < ids.length) throw new AppFailure('CONFLICT', removedMeanwhile)
  }
}

type PersonRow = typeof people.$inferSelect

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/**
 * Undoes a batch as a whole, in one transaction: the people it created go to the trash (restorable
 * from there); the people it merged into get back each field the import filled in, unless they
 * changed it since, and lose the milestones it added.
 */
export function undoImport(ctx: ServiceContext, id: string): ImportBatch {
  const batch = mustLoadBatch(ctx, id)
  if (batch.undoneAt) throw new AppFailure('CONFLICT', 'This import was already undone')
  const now = nowIso(ctx.clock)
  ctx.sqlite.transaction(() => {
    const rows = ctx.db.select().from(importRows).where(eq(importRows.batchId, id)).all()
    const created = rows.filter((row) => row.action === 'created').map((row) => row.personId)
    for (let start = 0; start < created.length; start += 500) {
      ctx.db
        .update(people)
        .set({ deletedAt: now })
        .where(and(inArray(people.id, created.slice(start, start + 500)), isNull(people.deletedAt)))
        .run()
    }
    for (const row of rows.filter((r) => r.action === 'merged')) {
      const person = ctx.db.select().from(people).where(eq(people.id, row.personId)).get()
      if (!person) continue
      const previous = row.previous ?? {}
      const applied = row.applied ?? {}
      const patch: Partial<PersonRow> = {}
      for (const field of mergeableFields) {
        if (!(field in applied)) continue
        if (field === 'links') {
          const links = { ...person.links }
          const before = (previous.links ?? {}) as Record<string, string>
          for (const [kind, url] of Object.entries((applied.links ?? {}) as Record<string, string>)) {
            if (before[kind] === url || links[kind] !== url) continue
            delete links[kind]
          }
          patch.links = links
        } else if (same(person[field], applied[field])) {
          Object.assign(patch, { [field]: previous[field] ?? (field === 'metOn' ? null : '') })
        }
      }
      const next = { ...person, ...patch }
      ctx.db.update(people).set({ ...patch, sortKey: sortKey(next), updatedAt: now }).where(eq(people.id, person.id)).run()
      if (row.addedMilestones.length > 0) ctx.db.delete(milestones).where(inArray(milestones.id, row.addedMilestones)).run()
    }
    ctx.db.update(importBatches).set({ undoneAt: now }).where(eq(importBatches.id, id)).run()
  })()
  return toBatch(mustLoadBatch(ctx, id))
}
