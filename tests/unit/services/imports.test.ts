import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ImportBatch, ImportPreview } from '../../../src/shared/api/imports'
import type { JobState } from '../../../src/shared/api/jobs'
import type { Person, PersonSummary } from '../../../src/shared/api/people'
import { call, fixedClock, rowCount, tempDir, testCore } from '../support/core'
import type { Core } from '../../../src/main/core'

const fixtures = join(import.meta.dirname, '../../fixtures/import')
const linkedIn = join(fixtures, 'linkedin-connections.csv')

const counts = (core: Core) => ({
  people: rowCount(core, 'people'),
  milestones: rowCount(core, 'milestones'),
  batches: rowCount(core, 'import_batches'),
  rows: rowCount(core, 'import_rows')
})

async function commit(core: Core, input: Record<string, unknown>): Promise<JobState> {
  const started = await call<JobState>(core, 'imports.commit', input)
  return core.ctx.jobs.settled(started.id)
}

async function arrange(core: Core) {
  // An existing Yamada with the same email as row 6 (merge), and a Tanaka by name only (pointed out).
  const yamada = await call<Person>(core, 'people.create', { familyName: '山田', givenName: '太郎', email: 'TARO@example.jp', notes: 'Met at JAWS.' })
  const tanaka = await call<Person>(core, 'people.create', { familyName: 'Tanaka', givenName: 'Taro', company: 'Keep Me' })
  return { yamada, tanaka }
}

describe('imports', () => {
  it('preview reads the file, proposes an action per row and writes nothing', async () => {
    const core = testCore()
    const { yamada, tanaka } = await arrange(core)
    const before = counts(core)
    const totalChanges = core.ctx.sqlite.prepare('SELECT total_changes()').pluck()
    const changesBefore = totalChanges.get()
    const preview = await call<ImportPreview>(core, 'imports.preview', { source: { file: linkedIn } })
    expect(counts(core)).toEqual(before)
    expect(totalChanges.get()).toBe(changesBefore)
    expect(preview.format).toBe('linkedin')
    expect(preview.counts).toEqual({ rows: 6, new: 2, duplicates: 3, problems: 2 })
    const row = (n: number) => preview.rows.find((r) => r.row === n)
    expect(row(5)).toMatchObject({ action: 'create', matches: [{ personId: tanaka.id, reason: 'name' }] })
    expect(row(6)).toMatchObject({ action: 'merge', targetId: yamada.id, matches: [{ personId: yamada.id, reason: 'email' }] })
    expect(row(8)).toMatchObject({ action: 'skip', problems: ['no_name'] })
    expect(row(10)).toMatchObject({ action: 'skip', sameAsRow: 5, exactRepeat: true })
    expect(preview.people[yamada.id]).toMatchObject({ familyName: '山田' })
  })

  it('commit writes one batch in one job: creates, merges without overwriting, skips; undo puts everything back', async () => {
    const clock = fixedClock('2026-11-27T03:00:00Z')
    const core = testCore(clock)
    const { yamada, tanaka } = await arrange(core)
    const before = counts(core)
    // Row 5 is the user's Tanaka after all: merge it; keep the rest as proposed.
    const settled = await commit(core, { source: { file: linkedIn }, fileName: 'Connections.csv', choices: [{ row: 5, action: 'merge', targetId: tanaka.id }] })
    expect(settled.status).toBe('done')
    expect(settled.result).toMatchObject({ created: 2, merged: 2, skipped: 2 })
    expect(rowCount(core, 'people')).toBe(before.people + 2)
    const merged = await call<Person>(core, 'people.get', { id: yamada.id })
    expect(merged).toMatchObject({
      email: 'TARO@example.jp',
      company: '株式会社サンプル',
      headline: 'SRE',
      metOn: '2022-01-03',
      metHow: 'LinkedIn',
      notes: 'Met at JAWS.',
      links: { linkedin: 'https://www.linkedin.com/in/yamada-taro' }
    })
    expect((await call<Person>(core, 'people.get', { id: tanaka.id })).company).toBe('Keep Me')
    const list = await call<{ items: PersonSummary[] }>(core, 'people.list', { query: 'HYPERLINK' })
    expect(list.items).toHaveLength(1)

    const [batch] = await call<ImportBatch[]>(core, 'imports.batches')
    expect(batch).toMatchObject({ fileName: 'Connections.csv', format: 'linkedin', created: 2, merged: 2, skipped: 2, undoneAt: null })
    expect(core.pushed.filter((p) => p.event === 'changed').at(-1)?.payload).toEqual({ areas: ['people', 'imports'] })

    // The user edits the merged headline after the import: undo keeps their edit.
    await call(core, 'people.update', { id: yamada.id, patch: { headline: 'Staff SRE' } })
    clock.set('2026-11-28T03:00:00Z')
    const undone = await call<ImportBatch>(core, 'imports.undo', { id: batch?.id })
    expect(undone.undoneAt).toBe('2026-11-28T03:00:00.000Z')
    expect((await call<{ items: PersonSummary[] }>(core, 'people.list', {})).items).toHaveLength(2)
    expect(await call<unknown[]>(core, 'trash.list', {})).toHaveLength(2)
    expect(await call<Person>(core, 'people.get', { id: yamada.id })).toMatchObject({ company: '', headline: 'Staff SRE', metOn: null, metHow: '', links: {}, notes: 'Met at JAWS.' })
    expect(await call<Person>(core, 'people.get', { id: tanaka.id })).toMatchObject({ company: 'Keep Me', links: {} })
    const again = await core.dispatch('imports.undo', { id: batch?.id })
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })

  it('a merge adds milestones the person lacks and undo removes only those', async () => {
    const core = testCore()
    const hanako = await call<Person>(core, 'people.create', { familyName: '佐藤', givenName: '花子', email: 'hanako@example.jp', milestones: [{ kind: 'birthday', date: '1990-11-03' }] })
    const settled = await commit(core, { source: { file: join(fixtures, 'google-contacts.csv') } })
    expect(settled.result).toMatchObject({ merged: 1, created: 1, skipped: 1 })
    const merged = await call<Person>(core, 'people.get', { id: hanako.id })
    expect(merged.milestones.map((m) => m.date)).toEqual(['1990-11-03', '2018-04-01'])
    expect(merged).toMatchObject({ familyNameKana: 'さとう', department: '開発部', notes: '勉強会で会った。\n次は登壇の話を。' })
    const [batch] = await call<ImportBatch[]>(core, 'imports.batches')
    await call(core, 'imports.undo', { id: batch?.id })
    const back = await call<Person>(core, 'people.get', { id: hanako.id })
    expect(back.milestones.map((m) => m.date)).toEqual(['1990-11-03'])
    expect(back).toMatchObject({ familyNameKana: '', department: '', notes: '' })
  })

  it('a file sent in pieces from the window imports like a file on disk, and the pieces are removed after', async () => {
    const core = testCore()
    const bytes = readFileSync(join(fixtures, 'apple-3.0.vcf'))
    const upload = '22222222-2222-4222-8222-222222222222'
    await call(core, 'imports.upload', { upload, index: 0, data: bytes.toString('base64') })
    const preview = await call<ImportPreview>(core, 'imports.preview', { source: { upload } })
    expect(preview.rows.map((r) => r.action)).toEqual(['create', 'create', 'create'])
    const settled = await commit(core, { source: { upload } })
    expect(settled.result).toMatchObject({ created: 3 })
    expect(await core.dispatch('imports.preview', { source: { upload } })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('pieces out of order are refused', async () => {
    const core = testCore()
    const upload = '33333333-3333-4333-8333-333333333333'
    const result = await core.dispatch('imports.upload', { upload, index: 1, data: 'QUJD' })
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })

  // Files are written when the test runs: each test's temporary folder is removed after it.
  let dir = ''
  const file = (name: string, content: string | Uint8Array) => () => {
    const path = join(dir, name)
    writeFileSync(path, content)
    return path
  }
  const inDir = (name: string) => () => join(dir, name)
  type Lazy = (() => string) | string
  const at = (path: Lazy) => (typeof path === 'string' ? path : path())
  const bad: [string, (() => unknown) | unknown, string | null][] = [
    ['a JSON file', { source: { file: join(fixtures, 'not-contacts.json') } }, 'unknown_format'],
    ['an unclosed quote', { source: { file: join(fixtures, 'linkedin-unclosed-quote.csv') } }, 'malformed'],
    ['an empty file', () => ({ source: { file: at(file('empty.csv', '')) } }), 'empty'],
    ['a binary file', () => ({ source: { file: at(file('photo.png', Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0, 0, 0x1a))) } }), 'not_text'],
    ['a missing file', () => ({ source: { file: at(inDir('nothing-here.csv')) } }), 'unreadable'],
    ['a folder', () => ({ source: { file: dir } }), 'unreadable'],
    ['a relative path', { source: { file: 'Connections.csv' } }, null],
    ['no source', {}, null],
    ['a merge into someone the row does not match', { source: { file: linkedIn }, choices: [{ row: 11, action: 'merge', targetId: '00000000-0000-4000-8000-000000000000' }] }, null],
    ['creating a row without a name', { source: { file: linkedIn }, choices: [{ row: 8, action: 'create' }] }, null],
    ['a row that is not in the file', { source: { file: linkedIn }, choices: [{ row: 99, action: 'skip' }] }, null],
    ['an unknown action', { source: { file: linkedIn }, choices: [{ row: 5, action: 'replace' }] }, null]
  ]
  it.each(bad)('%s: INVALID_INPUT and nothing written', async (_name, given, reason) => {
    dir = tempDir()
    const input = typeof given === 'function' ? (given as () => unknown)() : given
    const core = testCore()
    await arrange(core)
    const before = counts(core)
    for (const procedure of ['imports.preview', 'imports.commit']) {
      if (procedure === 'imports.preview' && 'choices' in (input as object)) continue
      const result = await core.dispatch(procedure, input)
      expect(result.ok).toBe(false)
      if (!result.ok) {
        expect(result.error.code).toBe('INVALID_INPUT')
        if (reason) expect(result.error.details).toEqual([expect.objectContaining({ code: reason })])
      }
    }
    // No import started; a refused file is a failed preview job with the same code and message.
    expect(core.ctx.jobs.list().filter((job) => job.kind === 'import')).toEqual([])
    for (const job of core.ctx.jobs.list()) {
      if (reason) expect(job).toMatchObject({ kind: 'import_preview', status: 'failed', error: { code: 'INVALID_INPUT', message: expect.any(String) } })
      else expect(job).toMatchObject({ kind: 'import_preview', status: 'done' })
    }
    expect(counts(core)).toEqual(before)
  })

  it('undo of an unknown batch is NOT_FOUND', async () => {
    const core = testCore()
    expect(await core.dispatch('imports.undo', { id: '00000000-0000-4000-8000-000000000000' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})
