import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { Core } from '../../../src/main/core'
import { latestSchemaVersion } from '../../../src/main/db/migrations'
import type { Output } from '../../../src/shared/api/contract'
import type { JobState } from '../../../src/shared/api/jobs'
import { fillEveryTable } from '../db/fill'
import { call, rowCount, tempDir, testCore } from '../support/core'

async function exportJson(core: Core, file?: string): Promise<JobState> {
  const started = await call<JobState>(core, 'backups.exportJson', file ? { file } : {})
  return core.ctx.jobs.settled(started.id)
}

async function restoreJson(core: Core, file: string): Promise<JobState> {
  const started = await call<JobState>(core, 'backups.restoreJson', { file })
  return core.ctx.jobs.settled(started.id)
}

const withoutTime = (text: string) => text.replace(/"createdAt":"[^"]*"/, '"createdAt":"-"')
const names = async (core: Core) =>
  (await call<Output<'people.list'>>(core, 'people.list', { limit: 500 })).items.map((p) => `${p.givenName} ${p.familyName}`).sort()

/** A core with rows in every table, plus people written through the services: Japanese, emoji, empty fields. */
async function filledCore(): Promise<ReturnType<typeof testCore>> {
  const core = testCore()
  fillEveryTable(core.ctx.sqlite)
  const misaki = await call<{ id: string }>(core, 'people.create', { familyName: '佐藤', givenName: '美咲', notes: '温泉が好き ♨️ 👩‍👩‍👧 "quoted" \\ back\nslash', expertise: ['生成AI', 'Go'] })
  await call(core, 'interactions.add', { personId: misaki.id, summary: 'ポストモーテムの進め方を相談した' })
  await call(core, 'people.quickAdd', { name: 'Zoë O’Brien 🎉' })
  return core
}

describe('JSON backup and restore', () => {
  it('round-trips exactly: backup, restore into an empty data directory, backup again', async () => {
    const source = await filledCore()
    const first = await exportJson(source)
    expect(first).toMatchObject({ kind: 'json_backup', status: 'done', result: { file: expect.stringMatching(/engawa-.*\.json$/) } })
    const file = String(first.result?.file)
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { format: string; version: number; schemaVersion: number; tables: Record<string, unknown[]> }
    expect(doc).toMatchObject({ format: 'engawa-backup', version: 1, schemaVersion: latestSchemaVersion })
    expect(Object.keys(doc.tables)).toContain('sample_rows')
    expect(Object.keys(doc.tables).some((table) => table.includes('fts'))).toBe(false)
    expect(first.result?.rows).toBe(Object.values(doc.tables).reduce((sum, rows) => sum + rows.length, 0))
    // JSON columns stay the text SQLite stored.
    expect(JSON.stringify(doc.tables.people)).toContain('"expertise":"[\\"生成AI\\",\\"Go\\"]"')

    const target = testCore()
    const started = await call<JobState>(target, 'backups.restoreJson', { file })
    expect(target.pushed.filter((m) => m.event === 'changed')).toEqual([])
    const restored = await target.ctx.jobs.settled(started.id)
    expect(restored).toMatchObject({ kind: 'json_restore', status: 'done', result: { rows: first.result?.rows } })
    const again = await exportJson(target, join(tempDir(), 'again.json'))
    expect(withoutTime(readFileSync(String(again.result?.file), 'utf8'))).toBe(withoutTime(readFileSync(file, 'utf8')))
    // The search index is rebuilt from the restored people.
    expect((await call<Output<'people.list'>>(target, 'people.list', { query: '美咲' })).items).toHaveLength(1)
    // ...and so is the index over everything: restored notes are found, once each.
    const found = await call<Output<'search.query'>>(target, 'search.query', { text: 'ポストモーテム' })
    expect(found.hits.map((hit) => hit.kind)).toEqual(['interaction'])
    expect((await call<Output<'search.query'>>(target, 'search.query', { text: '温泉が好き' })).hits.map((hit) => hit.kind)).toEqual(['person'])
    // The integrity check after reopening pushes ['app'] on its own schedule, so not necessarily last.
    expect(target.pushed.filter((m) => m.event === 'changed').map((m) => m.payload)).toContainEqual({
      areas: expect.arrayContaining(['people', 'meetings', 'followups', 'settings', 'topics', 'backups', 'app'])
    })
  })

  it('keeps the replaced file aside with its rows, and the app goes on writing', async () => {
    const source = await filledCore()
    const file = String((await exportJson(source)).result?.file)
    const target = testCore()
    await call(target, 'people.quickAdd', { name: 'Kept Aside' })
    const keptAside = String((await restoreJson(target, file)).result?.keptAside)
    expect(keptAside).toMatch(/engawa-before-restore-.*\.db$/)
    const old = new Database(keptAside, { readonly: true })
    expect(old.prepare('SELECT given_name FROM people').pluck().all()).toEqual(['Kept'])
    old.close()
    expect(await names(target)).not.toContain('Kept Aside')
    await call(target, 'people.quickAdd', { name: 'After Restore' })
    expect(await names(target)).toContain('After Restore')
  })

  describe('refuses a file it cannot restore exactly, and changes nothing', () => {
    async function refused(edit: (text: string) => string, message: RegExp) {
      const source = await filledCore()
      const text = readFileSync(String((await exportJson(source)).result?.file), 'utf8')
      const bad = join(tempDir(), 'bad.json')
      writeFileSync(bad, edit(text))
      const target = testCore()
      await call(target, 'people.quickAdd', { name: 'Only Me' })
      const result = await restoreJson(target, bad)
      expect(result).toMatchObject({ status: 'failed', error: { code: 'INVALID_INPUT', message: expect.stringMatching(message) } })
      expect(await names(target)).toEqual(['Only Me'])
      expect(readdirSync(target.ctx.dataDir).filter((name) => name.endsWith('.db'))).toEqual(['engawa.db'])
      expect(existsSync(join(target.ctx.dataDir, 'engawa.db.restoring'))).toBe(false)
    }
    const edited = (patch: Record<string, unknown>) => (text: string) => JSON.stringify({ ...(JSON.parse(text) as object), ...patch })

    it('truncated', () => refused((text) => text.slice(0, Math.floor(text.length / 2)), /not a complete JSON document/))
    it('foreign (format wrong)', () => refused(edited({ format: 'other-app' }), /not an Engawa JSON backup/))
    it('not JSON at all', () => refused(() => 'SQLite format 3\u0000', /not a complete JSON document/))
    it('a newer backup format', () => refused(edited({ version: 2 }), /newer Engawa \(backup format 2\)/))
    it('a newer schema version', () => refused(edited({ schemaVersion: latestSchemaVersion + 1 }), /newer Engawa \(data version/))
    // Rows are checked as they stream in, after the tables' names: the rest of the document stays whole.
    it('a damaged row', () =>
      refused((text) => {
        const doc = JSON.parse(text) as { tables: { people: Record<string, unknown>[] } }
        doc.tables.people = [{ id: { nested: true } }, ...doc.tables.people]
        return JSON.stringify(doc)
      }, /damaged: tables\.people\.0\.id/))
    it('a missing table', () => refused((text) => text.replace('"topics":', '"topicz":'), /missing table topics, unknown table topicz/))
    it('an unknown column', () => refused((text) => text.replace('"family_name":', '"family_nam":'), /unknown column people\.family_nam/))
    it('a row pointing at a missing person', () =>
      refused((text) => text.replace(/("milestones":\[\s*\{"id":"[^"]*","person_id":")[^"]*"/, '$1nobody"'), /pointing at missing rows/))
  })

  it('reports progress by rows, and a cancelled backup leaves no file', async () => {
    const core = await filledCore()
    const done = await exportJson(core)
    const pushes = core.pushed.filter((m) => m.event === 'job').map((m) => m.payload as JobState)
    const total = rowCount(core, 'people') + rowCount(core, 'settings')
    expect(pushes.some((job) => job.phase === 'writing' && job.total >= total)).toBe(true)
    expect(pushes.at(-1)).toMatchObject({ status: 'done', done: done.result?.rows, total: done.result?.rows })

    const out = join(tempDir(), 'cancelled.json')
    const started = await call<JobState>(core, 'backups.exportJson', { file: out })
    await call(core, 'jobs.cancel', { id: started.id })
    expect(await core.ctx.jobs.settled(started.id)).toMatchObject({ status: 'cancelled' })
    expect(readdirSync(join(out, '..'))).toEqual([])
  })

  it('a backup started during a restore finishes before the file moves', async () => {
    const file = String((await exportJson(await filledCore())).result?.file)
    const target = testCore()
    await call(target, 'people.quickAdd', { name: 'Before' })
    const restore = await call<JobState>(target, 'backups.restoreJson', { file })
    const backup = await call<JobState>(target, 'backups.create')
    expect(await target.ctx.jobs.settled(backup.id)).toMatchObject({ status: 'done' })
    expect(await target.ctx.jobs.settled(restore.id)).toMatchObject({ status: 'done' })
    expect(await names(target)).not.toContain('Before')
  })

  it('a cancelled restore changes nothing', async () => {
    const file = String((await exportJson(await filledCore())).result?.file)
    const target = testCore()
    await call(target, 'people.quickAdd', { name: 'Only Me' })
    const started = await call<JobState>(target, 'backups.restoreJson', { file })
    await call(target, 'jobs.cancel', { id: started.id })
    expect(await target.ctx.jobs.settled(started.id)).toMatchObject({ status: 'cancelled' })
    expect(await names(target)).toEqual(['Only Me'])
    expect(readdirSync(target.ctx.dataDir).filter((name) => name.includes('restor'))).toEqual([])
  })

  it('fails cleanly when the file cannot be written, and the app goes on', async () => {
    const core = testCore()
    const out = join(tempDir(), 'blocked.json')
    mkdirSync(`${out}.partial`)
    expect(await exportJson(core, out)).toMatchObject({ status: 'failed', error: { code: 'INTERNAL' } })
    expect(existsSync(out)).toBe(false)
    await call(core, 'people.quickAdd', { name: 'Still Here' })
    expect(await names(core)).toEqual(['Still Here'])
  })

  it('refuses to overwrite an existing file and a relative path', async () => {
    const core = testCore()
    const taken = join(tempDir(), 'taken.json')
    writeFileSync(taken, 'mine')
    expect(await core.dispatch('backups.exportJson', { file: taken })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(readFileSync(taken, 'utf8')).toBe('mine')
    expect(await core.dispatch('backups.exportJson', { file: 'relative.json' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await core.dispatch('backups.restoreJson', { file: 'relative.json' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })
})
