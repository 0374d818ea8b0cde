import type Database from 'better-sqlite3'
import { and, asc, gt, isNull } from 'drizzle-orm'
import type { ImportSource } from '../../../shared/api/imports'
import { AppFailure } from '../../../shared/api/result'
import { findDuplicatesSteps, type ExistingPerson, type RowVerdict } from '../../import/duplicates'
import { ImportFileError, parseImportFileSteps, type ParsedFile } from '../../import/parse'
import { runInSlices, type SliceOptions } from '../../import/steps'
import { people } from '../../db/schema'
import type { JobContext } from '../../jobs/runner'
import type { ServiceContext } from '../context'
import { nameColumns } from '../people/row'
import { locateSource, readSourceBytes, refusedFile } from './source'

export type KnownPerson = ExistingPerson & { company: string }

/** A file read and matched: what the preview shows and what the commit plans from. */
export interface Prepared {
  /** The source's path, size and time written: a commit of the same file reuses this. */
  key: string
  file: ParsedFile
  verdicts: RowVerdict[]
  existing: KnownPerson[]
}

// The last file previewed, per open database connection (a restore opens a new one, so nothing
// matched against the old People survives it): the commit that follows does not read it again.
const lastPrepared = new WeakMap<Database.Database, Prepared>()

const pageSize = 1000
const turn = () => new Promise<void>((resolve) => setImmediate(resolve))

/** Everyone outside the trash, with what duplicate detection compares, a page at a time. */
async function knownPeople(ctx: ServiceContext, signal: AbortSignal): Promise<KnownPerson[]> {
  const found: KnownPerson[] = []
  let after = ''
  for (;;) {
    const page = ctx.db
      .select({
        ...nameColumns,
        email: people.email,
        links: people.links,
        company: people.company
      })
      .from(people)
      .where(and(isNull(people.deletedAt), gt(people.id, after)))
      .orderBy(asc(people.id))
      .limit(pageSize)
      .all()
    found.push(...page)
    if (page.length < pageSize) return found
    after = page.at(-1)?.id ?? after
    await turn()
    signal.throwIfAborted()
  }
}

/**
 * Reads, parses and matches the file without holding the event loop: the bytes are read
 * asynchronously, parsing and matching run in slices of ~10 ms (phases `reading`, `matching`).
 * A refused file is INVALID_INPUT with the reason as the code, as before.
 */
async function prepare(ctx: ServiceContext, source: ImportSource, job: JobContext): Promise<Prepared> {
  job.progress('reading', 0, 1000)
  const { path, key } = await locateSource(ctx, source)
  const bytes = await readSourceBytes(path)
  const slices: SliceOptions = { signal: job.signal, onStep: (step) => job.progress(step.phase, step.done, step.total) }
  let file: ParsedFile
  try {
    file = await runInSlices(parseImportFileSteps(bytes), slices)
  } catch (error) {
    if (error instanceof ImportFileError) throw refusedFile(error.reason)
    throw error
  }
  job.progress('matching', 0, file.contacts.length)
  const existing = await knownPeople(ctx, job.signal)
  const verdicts = await runInSlices(findDuplicatesSteps(file.contacts, existing), slices)
  return { key, file, verdicts, existing }
}

/**
 * The file read and matched as an `import_preview` job: progress is pushed, `jobs.cancel` stops it,
 * and the caller gets the result, or the very failure (a refused file keeps its issue code). A
 * newer preview replaces one still running: the user chose another file.
 */
export async function previewJob(ctx: ServiceContext, source: ImportSource): Promise<Prepared> {
  for (const other of ctx.jobs.list()) {
    if (other.kind !== 'import_preview' || other.status !== 'running') continue
    ctx.jobs.cancel(other.id)
    await ctx.jobs.settled(other.id)
  }
  let prepared: Prepared | null = null
  let failure: unknown = null
  let ran = false
  const started = ctx.jobs.start({
    kind: 'import_preview',
    changesWhenDone: [],
    async run(job) {
      ran = true
      try {
        prepared = await prepare(ctx, source, job)
      } catch (error) {
        failure = error
        throw error
      }
      return { rows: prepared.file.contacts.length }
    }
  })
  const settled = await ctx.jobs.settled(started.id)
  if (!ran) throw new AppFailure('CONFLICT', 'Another file is being read; try again')
  if (settled.status === 'done' && prepared) {
    lastPrepared.set(ctx.sqlite, prepared)
    return prepared
  }
  if (settled.status === 'cancelled' || !failure) throw new AppFailure(settled.error?.code ?? 'CANCELLED', settled.error?.message ?? 'Cancelled')
  throw failure
}

/** The file as the last preview read it when it has not changed since; read again otherwise. */
export async function preparedFor(ctx: ServiceContext, source: ImportSource): Promise<Prepared> {
  const cached = lastPrepared.get(ctx.sqlite)
  if (cached) {
    const { key } = await locateSource(ctx, source)
    if (key === cached.key) return cached
  }
  return previewJob(ctx, source)
}

/** Drops what the last preview read (its file was imported, or is gone). */
export function forgetPrepared(ctx: ServiceContext): void {
  lastPrepared.delete(ctx.sqlite)
}
