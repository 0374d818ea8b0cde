import { and, eq, inArray, isNull } from 'drizzle-orm'
import type { ParsedInput } from '../../../shared/api/contract'
import type { ImportBatch } from '../../../shared/api/imports'
import type { JobState } from '../../../shared/api/jobs'
import { AppFailure } from '../../../shared/api/result'
import { mergeableFields, type ImportAction, type ImportFormat, type MergedFields } from '../../../shared/domain/imports'
import { sortKey } from '../../../shared/domain/names'
import type { RowVerdict } from '../../import/duplicates'
import type { ImportedContact } from '../../import/types'
import { importBatches, importRows, milestones, people } from '../../db/schema'
import type { JobContext } from '../../jobs/runner'
import { newId, nowIso, type ServiceContext } from '../context'
import { blocked, matchFile, mustLoadBatch, toBatch, type Matched } from './queries'
import { forgetSource, readSource } from './source'

type CommitInput = ParsedInput<'imports.commit'>

interface Planned {
  contact: ImportedContact
  action: ImportAction
  targetId: string | null
}

/**
 * The proposals with the user's choices over them. A choice for a row that is not in the file, a
 * create or merge of a row that cannot be imported, or a merge into someone the row does not match
 * is refused as a whole: nothing is written.
 */
function plan(matched: Matched, choices: CommitInput['choices']): Planned[] {
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
 * Starts an import: the file is read and matched and the choices checked at once (a bad file or
 * choice answers INVALID_INPUT and starts nothing); the job then writes every row in one
 * transaction as one batch.
 */
export function startImport(ctx: ServiceContext, input: CommitInput): JobState {
  const file = readSource(ctx, input.source)
  const planned = plan(matchFile(ctx, file), input.choices)
  return ctx.jobs.start({
    kind: 'import',
    changesWhenDone: ['people', 'imports'],
    async run(job) {
      const result = await writeImport(ctx, file.format, planned, input.fileName, job)
      forgetSource(ctx, input.source)
      return result
    }
  })
}

const pause = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * Writes the planned rows in one transaction as one batch. The plan was made against People just
 * before (the job starts at once); a merge target removed meanwhile fails the whole import.
 */
export async function writeImport(
  ctx: ServiceContext,
  format: ImportFormat,
  planned: readonly Planned[],
  fileName: string,
  job: JobContext
): Promise<{ batchId: string; created: number; merged: number; skipped: number }> {
  const total = planned.length
  job.progress('writing', 0, total)
  await pause()
  if (job.signal.aborted) throw new AppFailure('CANCELLED', 'Cancelled; nothing was kept')
  const batchId = newId()
  const now = nowIso(ctx.clock)
  const counts = ctx.sqlite.transaction(() => {
    ctx.db.insert(importBatches).values({ id: batchId, fileName, format, createdAt: now }).run()
    const writer = batchWriter(ctx, batchId, now, format)
    let created = 0
    let skipped = 0
    for (const item of planned) {
      if (item.action === 'create') {
        writer.create(item.contact)
        created++
      } else if (item.action === 'merge' && item.targetId) writer.merge(item.targetId, item.contact)
      else skipped++
    }
    const merged = writer.finish()
    ctx.db.update(importBatches).set({ createdCount: created, mergedCount: merged, skippedCount: skipped }).where(eq(importBatches.id, batchId)).run()
    return { created, merged, skipped }
  })()
  job.progress('writing', total, total)
  return { batchId, ...counts }
}

type PersonRow = typeof people.$inferSelect

const isEmpty = (value: unknown) => value === null || value === undefined || value === ''

/** Prepared statements for a batch: 10,000 rows in well under the 5 s budget. */
function batchWriter(ctx: ServiceContext, batchId: string, now: string, format: string) {
  const insertPerson = ctx.sqlite.prepare(
    `INSERT INTO people (id, family_name, given_name, family_name_kana, given_name_kana, name_order, sort_key, search_key,
       headline, company, department, email, links, met_how, met_on, notes, created_at, updated_at)
     VALUES (@id, @familyName, @givenName, @familyNameKana, @givenNameKana, 'auto', @sortKey,
       (SELECT ifnull(max(search_key), 0) + 1 FROM people), @headline, @company, @department, @email, @links, @metHow, @metOn, @notes, @now, @now)`
  )
  const insertMilestone = ctx.sqlite.prepare('INSERT INTO milestones (id, person_id, kind, date, note, position) VALUES (?, ?, ?, ?, ?, ?)')
  const insertRow = ctx.sqlite.prepare(
    'INSERT INTO import_rows (batch_id, person_id, action, previous, applied, added_milestones) VALUES (?, ?, ?, ?, ?, ?)'
  )
  const merges = new Map<string, { previous: MergedFields; applied: MergedFields; added: string[]; row: PersonRow }>()
  const metHow = format === 'linkedin' ? 'LinkedIn' : ''

  return {
    create(contact: ImportedContact) {
      const id = newId()
      insertPerson.run({
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
      })
      contact.milestones.forEach((m, position) => insertMilestone.run(newId(), id, m.kind, m.date, m.note, position))
      insertRow.run(batchId, id, 'created', null, null, '[]')
    },
    merge(personId: string, contact: ImportedContact) {
      let entry = merges.get(personId)
      if (!entry) {
        const row = ctx.db.select().from(people).where(eq(people.id, personId)).get()
        if (!row) throw new AppFailure('CONFLICT', 'Someone to merge into was removed meanwhile; preview again')
        entry = { previous: {}, applied: {}, added: [], row }
        merges.set(personId, entry)
      }
      fill(entry, contact, metHow)
      const known = ctx.db.select({ kind: milestones.kind, date: milestones.date, position: milestones.position }).from(milestones).where(eq(milestones.personId, personId)).all()
      let position = Math.max(-1, ...known.map((m) => m.position)) + 1
      for (const m of contact.milestones) {
        if (known.some((k) => k.kind === m.kind && k.date === m.date)) continue
        const id = newId()
        insertMilestone.run(id, personId, m.kind, m.date, m.note, position++)
        entry.added.push(id)
      }
    },
    /** Writes the merged people and their undo records; answers how many were merged into. */
    finish(): number {
      for (const [personId, entry] of merges) {
        const { row } = entry
        ctx.db
          .update(people)
          .set({ ...(entry.applied as Partial<PersonRow>), links: row.links, sortKey: sortKey(row), updatedAt: now })
          .where(eq(people.id, personId))
          .run()
        insertRow.run(batchId, personId, 'merged', JSON.stringify(entry.previous), JSON.stringify(entry.applied), JSON.stringify(entry.added))
      }
      return merges.size
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
