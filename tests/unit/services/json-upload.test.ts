import { existsSync, readdirSync, readFileSync, symlinkSync, utimesSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Core } from '../../../src/main/core'
import { latestSchemaVersion } from '../../../src/main/db/migrations'
import type { BackupSummary } from '../../../src/shared/api/backups'
import type { Output } from '../../../src/shared/api/contract'
import type { JobState } from '../../../src/shared/api/jobs'
import { uploadChunkBytes } from '../../../src/shared/domain/backups'
import { call, fixedClock, tempDir, testCore } from '../support/core'

const names = async (core: Core) =>
  (await call<Output<'people.list'>>(core, 'people.list', { limit: 500 })).items.map((p) => `${p.givenName} ${p.familyName}`).sort()

/** A JSON backup's text, from a core with two people and a one-on-one. */
async function backupText(): Promise<string> {
  const source = testCore()
  const person = await call<{ id: string }>(source, 'people.create', { familyName: '佐藤', givenName: '美咲', notes: '温泉 ♨️'.repeat(200_000) })
  await call(source, 'people.quickAdd', { name: 'Zoë O’Brien' })
  await call(source, 'meetings.create', { personId: person.id, purpose: '近況' })
  const started = await call<JobState>(source, 'backups.exportJson', {})
  return readFileSync(String((await source.ctx.jobs.settled(started.id)).result?.file), 'utf8')
}

/** Uploads text as the window does: pieces of `uploadChunkBytes`, base64. */
async function upload(core: Core, text: string): Promise<string> {
  const bytes = Buffer.from(text, 'utf8')
  const { upload: id } = await call<{ upload: string }>(core, 'backups.uploadStart', { size: bytes.length })
  for (let offset = 0; offset < bytes.length; offset += uploadChunkBytes) {
    const data = bytes.subarray(offset, offset + uploadChunkBytes).toString('base64')
    const { received } = await call<{ received: number }>(core, 'backups.uploadChunk', { upload: id, offset, data })
    expect(received).toBe(Math.min(bytes.length, offset + uploadChunkBytes))
  }
  return id
}

const uploads = (core: Core) => readdirSync(join(core.ctx.dataDir, 'uploads'))

describe('restoring a JSON backup uploaded from the window', () => {
  it('uploads in pieces, tells what the backup holds, restores it as a job and keeps the old file', async () => {
    const text = await backupText()
    expect(Buffer.byteLength(text)).toBeGreaterThan(2 * uploadChunkBytes)
    const target = testCore()
    await call(target, 'people.quickAdd', { name: 'Only Me' })
    const id = await upload(target, text)
    expect(readFileSync(join(target.ctx.dataDir, 'uploads', `${id}.json`), 'utf8')).toBe(text)
    const summary = await call<BackupSummary>(target, 'backups.inspectUpload', { upload: id })
    expect(summary).toMatchObject({ schemaVersion: latestSchemaVersion, people: 2, meetings: 1, followups: 0 })
    expect(summary.rows).toBeGreaterThanOrEqual(3)
    // Looking changes nothing.
    expect(await names(target)).toEqual(['Only Me'])

    const started = await call<JobState>(target, 'backups.restoreUpload', { upload: id })
    const done = await target.ctx.jobs.settled(started.id)
    expect(done).toMatchObject({ kind: 'json_restore', status: 'done', result: { rows: summary.rows } })
    expect(await names(target)).toEqual(['Zoë O’Brien', '美咲 佐藤'])
    expect(existsSync(String(done.result?.keptAside))).toBe(true)
    expect(uploads(target)).toEqual([])
  })

  const edited = (patch: Record<string, unknown>) => (text: string) => JSON.stringify({ ...(JSON.parse(text) as object), ...patch })
  it.each([
    ['foreign', edited({ format: 'other-app' })],
    ['newer', edited({ schemaVersion: latestSchemaVersion + 1 })],
    ['newer', edited({ version: 2 })],
    ['damaged', (text: string) => text.slice(0, Math.floor(text.length / 2))],
    ['damaged', edited({ tables: [] })]
  ])('refuses a %s file when looking at it, removes it and changes nothing', async (reason, edit) => {
    const text = edit(await backupText())
    const target = testCore()
    await call(target, 'people.quickAdd', { name: 'Only Me' })
    const id = await upload(target, text)
    const result = await target.dispatch('backups.inspectUpload', { upload: id })
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', details: { reason } } })
    expect(uploads(target)).toEqual([])
    expect(await target.dispatch('backups.restoreUpload', { upload: id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await names(target)).toEqual(['Only Me'])
    expect(readdirSync(target.ctx.dataDir).filter((name) => name.endsWith('.db'))).toEqual(['engawa.db'])
  })

  it('refuses pieces out of order, unknown uploads, bad input and oversize files', async () => {
    const core = testCore()
    const { upload: id } = await call<{ upload: string }>(core, 'backups.uploadStart', { size: 10 })
    const piece = Buffer.from('{"a":1}').toString('base64')
    const cases: [string, unknown, string][] = [
      ['backups.uploadChunk', { upload: id, offset: 3, data: piece }, 'CONFLICT'],
      ['backups.uploadChunk', { upload: crypto.randomUUID(), offset: 0, data: piece }, 'NOT_FOUND'],
      ['backups.uploadChunk', { upload: '../../engawa', offset: 0, data: piece }, 'INVALID_INPUT'],
      ['backups.uploadChunk', { upload: id, offset: 0, data: 'not base64!' }, 'INVALID_INPUT'],
      ['backups.uploadChunk', { upload: id, offset: 0, data: 'A'.repeat(2_000_000) }, 'INVALID_INPUT'],
      ['backups.uploadStart', { size: 600 * 1024 * 1024 }, 'INVALID_INPUT'],
      ['backups.uploadStart', { size: 0 }, 'INVALID_INPUT'],
      ['backups.inspectUpload', { upload: crypto.randomUUID() }, 'NOT_FOUND'],
      ['backups.restoreUpload', { upload: crypto.randomUUID() }, 'NOT_FOUND']
    ]
    for (const [procedure, input, code] of cases) {
      expect(await core.dispatch(procedure, input), `${procedure} ${JSON.stringify(input).slice(0, 80)}`).toMatchObject({ ok: false, error: { code } })
    }
    expect(readFileSync(join(core.ctx.dataDir, 'uploads', `${id}.json`), 'utf8')).toBe('')
    expect(await call(core, 'backups.discardUpload', { upload: id })).toEqual({})
    expect(uploads(core)).toEqual([])
  })

  it('drops uploads a closed tab left behind a day ago', async () => {
    const clock = fixedClock('2026-11-27T03:00:00Z')
    const core = testCore(clock)
    const { upload: leftover } = await call<{ upload: string }>(core, 'backups.uploadStart', { size: 10 })
    // Its age is read from the file, so the file is dated as the clock was when the tab wrote it.
    const then = new Date('2026-11-27T03:00:00Z')
    utimesSync(join(core.ctx.dataDir, 'uploads', `${leftover}.json`), then, then)
    clock.set('2026-11-30T03:00:00Z')
    const { upload: id } = await call<{ upload: string }>(core, 'backups.uploadStart', { size: 10 })
    expect(uploads(core)).toEqual([`${id}.json`])
  })
})

describe('folders and files a caller may name', () => {
  it('browser mode refuses a folder or file outside the data folder, even through a link, and writes nothing there', async () => {
    const core = testCore(undefined, { pathAccess: 'inside-data-dir' })
    const outside = tempDir()
    const link = join(core.ctx.dataDir, 'sneaky')
    symlinkSync(outside, link)
    const refused: [string, unknown][] = [
      ['exports.vault', { folder: join(outside, 'vault') }],
      ['exports.vault', { folder: join(core.ctx.dataDir, '..', 'vault') }],
      ['exports.vault', { folder: join(link, 'vault') }],
      ['backups.exportJson', { file: join(outside, 'b.json') }],
      ['backups.restoreJson', { file: join(outside, 'b.json') }]
    ]
    for (const [procedure, input] of refused) {
      const result = await core.dispatch(procedure, input)
      expect(result, `${procedure} ${JSON.stringify(input)}`).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('data folder') } })
    }
    expect(readdirSync(outside)).toEqual([])
    const inside = await call<JobState>(core, 'exports.vault', { folder: join(core.ctx.dataDir, 'my-vault') })
    expect(await core.ctx.jobs.settled(inside.id)).toMatchObject({ status: 'done' })
  })

  it('the desktop accepts a folder outside the data folder only once the user chose it in the dialog', async () => {
    const core = testCore(undefined, { pathAccess: 'chosen' })
    const chosen = tempDir()
    const folder = join(chosen, 'Engawa vault')
    expect(await core.dispatch('exports.vault', { folder })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    core.ctx.paths.allow(chosen)
    const started = await call<JobState>(core, 'exports.vault', { folder })
    expect(await core.ctx.jobs.settled(started.id)).toMatchObject({ status: 'done' })
    expect(existsSync(join(folder, 'index.md'))).toBe(true)
    expect(await core.dispatch('exports.vault', { folder: join(tempDir(), 'x') })).toMatchObject({ ok: false })
  })
})
