import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { linkedInCsv } from '../../../src/main/cli/bench-import'
import type { Core } from '../../../src/main/core'
import type { Output } from '../../../src/shared/api/contract'
import type { JobState } from '../../../src/shared/api/jobs'
import type { ImportPreview } from '../../../src/shared/api/imports'
import type { Person } from '../../../src/shared/api/people'
import { call, rowCount, tempDir, testCore } from '../support/core'

// Each reading moves a second on: the runner pushes every progress report (it keeps 100 ms apart).
const tickingClock = () => {
  let at = Date.parse('2026-11-27T03:00:00Z')
  return { now: () => new Date((at += 1000)), timeZone: () => 'Asia/Tokyo' }
}

const rows = 600

function csvFile(): string {
  const file = join(tempDir(), 'Connections.csv')
  writeFileSync(file, linkedInCsv(rows))
  return file
}

const writing = (core: ReturnType<typeof testCore>) =>
  core.pushed.filter((m) => m.event === 'job' && (m.payload as JobState).kind === 'import' && (m.payload as JobState).phase === 'writing').map((m) => m.payload as JobState)

/** Calls `act` once, at the first progress report from the middle of the write. */
function midWrite(core: Core, act: (state: JobState) => void): void {
  let done = false
  core.push.on('job', (state) => {
    if (done || state.kind !== 'import' || state.phase !== 'writing' || state.done === 0 || state.done >= state.total) return
    done = true
    act(state)
  })
}

const tables = (core: Core) => ({
  people: rowCount(core, 'people'),
  milestones: rowCount(core, 'milestones'),
  batches: rowCount(core, 'import_batches'),
  rows: rowCount(core, 'import_rows'),
  searchDocs: rowCount(core, 'search_fts_docs')
})

describe('the import job', () => {
  it('reports progress during the write, and search finds the imported people', async () => {
    const core = testCore(tickingClock())
    const started = await call<JobState>(core, 'imports.commit', { source: { file: csvFile() } })
    const settled = await core.ctx.jobs.settled(started.id)
    expect(settled).toMatchObject({ status: 'done', result: { created: rows - Math.floor(rows / 50) } })
    const reports = writing(core).filter((state) => state.status === 'running')
    expect(new Set(reports.map((state) => state.done)).size).toBeGreaterThan(2)
    expect(reports.some((state) => state.done > 0 && state.done < state.total)).toBe(true)
    // Row 418 is "Priya418", folded and indexed in the worker as on the main connection.
    const found = await call<Output<'search.query'>>(core, 'search.query', { text: 'PRIYA418' })
    expect(found.hits).toMatchObject([{ kind: 'person', title: expect.stringContaining('Priya418') }])
    expect((await call<Output<'people.list'>>(core, 'people.list', { query: 'priya418' })).items).toHaveLength(1)
  })

  it('a cancel in the middle of the write leaves nothing; a write sent meanwhile waits, then is kept', async () => {
    const core = testCore(tickingClock())
    const before = tables(core)
    let write: Promise<unknown> = Promise.resolve()
    let wrote = false
    midWrite(core, (state) => {
      write = call(core, 'people.quickAdd', { name: 'Written Meanwhile' }).then(() => (wrote = true))
      void core.dispatch('jobs.cancel', { id: state.id })
    })
    const started = await call<JobState>(core, 'imports.commit', { source: { file: csvFile() } })
    const settled = await core.ctx.jobs.settled(started.id)
    expect(settled).toMatchObject({ status: 'cancelled', error: { code: 'CANCELLED' } })
    await write
    expect(wrote).toBe(true)
    expect(tables(core)).toEqual({ ...before, people: before.people + 1, searchDocs: before.searchDocs + 1 })
    const list = await call<Output<'people.list'>>(core, 'people.list', {})
    expect(list.items.map((p) => p.givenName)).toEqual(['Written'])
  })

  it('a write sent during the import waits for its commit, then succeeds beside it', async () => {
    const core = testCore(tickingClock())
    let write: Promise<unknown> = Promise.resolve()
    let wroteBeforeTheEnd: boolean | null = null
    let wrote = false
    midWrite(core, () => {
      write = call(core, 'people.quickAdd', { name: 'Written Meanwhile' }).then(() => (wrote = true))
    })
    // The last report comes just before the commit: the write must still be waiting then.
    core.push.on('job', (state) => {
      if (state.kind === 'import' && state.status === 'running' && state.done === state.total && state.total > 0) wroteBeforeTheEnd = wrote
    })
    const started = await call<JobState>(core, 'imports.commit', { source: { file: csvFile() } })
    const settled = await core.ctx.jobs.settled(started.id)
    await write
    expect(settled.status).toBe('done')
    expect(wroteBeforeTheEnd).toBe(false)
    expect(wrote).toBe(true)
    expect(rowCount(core, 'people')).toBe(Number(settled.result?.created) + 1)
    // The person written meanwhile is no part of the batch: undo leaves them.
    await call(core, 'imports.undo', { id: String(settled.result?.batchId) })
    expect((await call<Output<'people.list'>>(core, 'people.list', {})).items.map((p) => p.givenName)).toEqual(['Written'])
  })

  it('a merge target removed before the write fails the whole import and writes nothing', async () => {
    const core = testCore()
    const yamada = await call<Person>(core, 'people.create', { familyName: '山田', givenName: '太郎', email: 'TARO@example.jp' })
    const linkedIn = join(import.meta.dirname, '../../fixtures/import/linkedin-connections.csv')
    let release = () => {}
    // A write in flight when the import starts: the import waits for it, and it removes Yamada.
    const inFlight = core.ctx.writes.shared(() => new Promise<void>((resolve) => (release = resolve)))
    const started = await call<JobState>(core, 'imports.commit', { source: { file: linkedIn } })
    core.ctx.sqlite.prepare('DELETE FROM people WHERE id = ?').run(yamada.id)
    const before = tables(core)
    release()
    await inFlight
    const settled = await core.ctx.jobs.settled(started.id)
    expect(settled).toMatchObject({ status: 'failed', error: { code: 'CONFLICT' } })
    expect(tables(core)).toEqual(before)
  })
})

describe('the preview as a job', () => {
  const ofKind = (core: ReturnType<typeof testCore>, kind: string) =>
    core.pushed.filter((m) => m.event === 'job' && (m.payload as JobState).kind === kind).map((m) => m.payload as JobState)

  function largeFile(count: number): string {
    const file = join(tempDir(), 'Connections.csv')
    writeFileSync(file, linkedInCsv(count))
    return file
  }

  it('reads and matches a large file in slices, reporting progress while reading and matching', async () => {
    const core = testCore(tickingClock())
    const preview = await call<ImportPreview>(core, 'imports.preview', { source: { file: largeFile(5000) } })
    expect(preview.counts.rows).toBe(5000)
    const running = ofKind(core, 'import_preview').filter((state) => state.status === 'running')
    for (const phase of ['reading', 'matching']) {
      const reports = running.filter((state) => state.phase === phase)
      expect(new Set(reports.map((state) => state.done)).size).toBeGreaterThan(2)
      expect(reports.some((state) => state.done > 0 && state.done < state.total)).toBe(true)
    }
    expect(ofKind(core, 'import_preview').at(-1)).toMatchObject({ status: 'done', result: { rows: 5000 } })
  })

  it('the commit after a preview of the same file does not read it again; a changed file is read again', async () => {
    const core = testCore(tickingClock())
    const file = largeFile(rows)
    await call<ImportPreview>(core, 'imports.preview', { source: { file } })
    const previews = ofKind(core, 'import_preview').length
    const started = await call<JobState>(core, 'imports.commit', { source: { file } })
    expect(ofKind(core, 'import_preview')).toHaveLength(previews)
    expect(await core.ctx.jobs.settled(started.id)).toMatchObject({ status: 'done', result: { created: rows - Math.floor(rows / 50) } })

    await call<ImportPreview>(core, 'imports.preview', { source: { file } })
    writeFileSync(file, linkedInCsv(rows + 1))
    const reading = ofKind(core, 'import_preview').length
    await core.ctx.jobs.settled((await call<JobState>(core, 'imports.commit', { source: { file } })).id)
    expect(ofKind(core, 'import_preview').length).toBeGreaterThan(reading)
  })

  it('a restore between the preview and the commit: the file is read and matched again, against the restored People', async () => {
    const core = testCore(tickingClock())
    const backup = join(tempDir(), 'backup.json')
    await core.ctx.jobs.settled((await call<JobState>(core, 'backups.exportJson', { file: backup })).id)
    const file = largeFile(rows)
    await call<ImportPreview>(core, 'imports.preview', { source: { file } })
    expect((await core.ctx.jobs.settled((await call<JobState>(core, 'backups.restoreJson', { file: backup })).id)).status).toBe('done')
    const previews = ofKind(core, 'import_preview').length
    await core.ctx.jobs.settled((await call<JobState>(core, 'imports.commit', { source: { file } })).id)
    expect(ofKind(core, 'import_preview').length).toBeGreaterThan(previews)
  })

  it('a merge target trashed after the preview: the commit answers CONFLICT and starts nothing', async () => {
    const core = testCore()
    const yamada = await call<Person>(core, 'people.create', { familyName: '山田', givenName: '太郎', email: 'TARO@example.jp' })
    const linkedIn = join(import.meta.dirname, '../../fixtures/import/linkedin-connections.csv')
    const preview = await call<ImportPreview>(core, 'imports.preview', { source: { file: linkedIn } })
    expect(preview.rows.find((row) => row.row === 6)).toMatchObject({ action: 'merge', targetId: yamada.id })
    await call(core, 'people.delete', { id: yamada.id })
    const before = tables(core)
    expect(await core.dispatch('imports.commit', { source: { file: linkedIn } })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(core.ctx.jobs.list().filter((job) => job.kind === 'import')).toEqual([])
    expect(tables(core)).toEqual(before)
  })

  it('refuses to start while a JSON restore runs (the restore replaces People as a whole)', async () => {
    const core = testCore()
    let finish: () => void = () => undefined
    const restore = core.ctx.jobs.start({ kind: 'json_restore', changesWhenDone: [], run: () => new Promise((resolve) => (finish = () => resolve({}))) })
    expect(await core.dispatch('imports.commit', { source: { file: csvFile() } })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(rowCount(core, 'people')).toBe(0)
    finish()
    await core.ctx.jobs.settled(restore.id)
    const started = await call<JobState>(core, 'imports.commit', { source: { file: csvFile() } })
    expect((await core.ctx.jobs.settled(started.id)).status).toBe('done')
  })

  it('a cancelled preview answers CANCELLED', async () => {
    const core = testCore(tickingClock())
    core.push.on('job', (state) => {
      if (state.kind === 'import_preview' && state.status === 'running' && state.phase === 'reading' && state.done > 0) void core.dispatch('jobs.cancel', { id: state.id })
    })
    const file = largeFile(3000)
    expect(await core.dispatch('imports.preview', { source: { file } })).toMatchObject({ ok: false, error: { code: 'CANCELLED' } })
    expect(ofKind(core, 'import_preview').at(-1)).toMatchObject({ status: 'cancelled' })
  })
})
