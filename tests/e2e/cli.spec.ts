import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { startServer } from './support/app'

// The built command-line tools (npm run build), as `npm run backup` / `npm run restore` run them.
const run = (tool: string, ...args: string[]) => {
  const result = spawnSync(process.execPath, [`out-cli/${tool}.js`, ...args], { encoding: 'utf8' })
  return { code: result.status, out: result.stdout, err: result.stderr }
}
const withoutTime = (text: string) => text.replace(/"createdAt":"[^"]*"/, '')

let dir = ''
test.beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'engawa-cli-'))
})
test.afterEach(() => rmSync(dir, { recursive: true, force: true }))

test('backup, restore into an empty data directory, backup again: the same document', () => {
  const seeded = spawnSync(process.execPath, ['out-cli/seed.js', '--data-dir', join(dir, 'a'), '--people', '50', '--notes', '200'])
  expect(seeded.status).toBe(0)
  const first = run('backup', '--data-dir', join(dir, 'a'), '--out', join(dir, 'first.json'))
  expect(first).toMatchObject({ code: 0, out: expect.stringMatching(/^Backed up 250 rows to .*first\.json/) })

  const restored = run('restore', '--data-dir', join(dir, 'b'), join(dir, 'first.json'))
  expect(restored).toMatchObject({ code: 0, out: expect.stringMatching(/^Restored 250 rows into .*engawa\.db\n$/) })
  expect(readdirSync(join(dir, 'b')).filter((name) => name.endsWith('.db'))).toEqual(['engawa.db'])

  expect(run('backup', '--data-dir', join(dir, 'b'), '--out', join(dir, 'second.json')).code).toBe(0)
  expect(withoutTime(readFileSync(join(dir, 'second.json'), 'utf8'))).toBe(withoutTime(readFileSync(join(dir, 'first.json'), 'utf8')))

  // Restoring over existing data keeps it aside and says where.
  const again = run('restore', '--data-dir', join(dir, 'b'), join(dir, 'first.json'))
  expect(again).toMatchObject({ code: 0, out: expect.stringMatching(/previous data is kept at .*engawa-before-restore-.*\.db/) })
})

test('clear messages and a non-zero exit on any error, and nothing changes', () => {
  expect(run('backup', '--data-dir', join(dir, 'none'), '--out', join(dir, 'x.json'))).toMatchObject({
    code: 1,
    err: expect.stringContaining('No Engawa data in')
  })
  expect(existsSync(join(dir, 'none'))).toBe(false)
  expect(run('backup', '--out', join(dir, 'x.json'))).toMatchObject({ code: 2, err: expect.stringContaining('Usage: npm run backup') })
  expect(run('restore', '--data-dir', dir)).toMatchObject({ code: 2, err: expect.stringContaining('Usage: npm run restore') })
  expect(run('restore', '--data-dir', dir, '--bogus', 'x.json')).toMatchObject({ code: 2, err: expect.stringContaining("Unknown option '--bogus'") })

  expect(spawnSync(process.execPath, ['out-cli/seed.js', '--data-dir', join(dir, 'a'), '--people', '5', '--notes', '0']).status).toBe(0)
  expect(run('backup', '--data-dir', join(dir, 'a'), '--out', join(dir, 'ok.json')).code).toBe(0)
  expect(run('backup', '--data-dir', join(dir, 'a'), '--out', join(dir, 'ok.json'))).toMatchObject({ code: 1, err: expect.stringContaining('already exists') })
  writeFileSync(join(dir, 'cut.json'), readFileSync(join(dir, 'ok.json'), 'utf8').slice(0, 200))
  const before = readFileSync(join(dir, 'a', 'engawa.db'))
  expect(run('restore', '--data-dir', join(dir, 'a'), join(dir, 'cut.json'))).toMatchObject({
    code: 1,
    err: expect.stringContaining('not a complete JSON document')
  })
  expect(readdirSync(join(dir, 'a')).filter((name) => name.endsWith('.db'))).toEqual(['engawa.db'])
  expect(readFileSync(join(dir, 'a', 'engawa.db')).equals(before)).toBe(true)
})

const linkedInFixture = join(import.meta.dirname, '../fixtures/import/linkedin-connections.csv')

test('import: the preview by row number with --dry-run, then the import; a file it cannot read exits non-zero', () => {
  expect(spawnSync(process.execPath, ['out-cli/seed.js', '--data-dir', join(dir, 'a'), '--people', '5', '--notes', '0']).status).toBe(0)
  const dry = run('import', '--data-dir', join(dir, 'a'), linkedInFixture, '--dry-run')
  expect(dry.code).toBe(0)
  expect(dry.out).toContain('linkedin file (utf-8), 6 rows: 4 new, 1 possible duplicates, 2 with problems')
  expect(dry.out).toContain('row 8: (no name): no name (left out) → skip')
  expect(dry.out).toContain('row 10: Taro Tanaka: repeats row 5 → skip')
  expect(dry.out).toContain('Dry run: nothing was written.')
  const done = run('import', '--data-dir', join(dir, 'a'), linkedInFixture)
  expect(done).toMatchObject({ code: 0, out: expect.stringContaining('Imported: 4 created, 0 merged, 2 skipped.') })
  // The same file again: every row now matches someone by profile link and fills them in.
  expect(run('import', '--data-dir', join(dir, 'a'), linkedInFixture, '--dry-run').out).toContain('row 5: Taro Tanaka: matches Taro Tanaka by link → merge into Taro Tanaka')

  expect(run('import', '--data-dir', join(dir, 'a'), join(dir, 'missing.csv'))).toMatchObject({ code: 1, err: expect.stringContaining('Cannot read') })
  writeFileSync(join(dir, 'notes.txt'), 'just some notes\n')
  expect(run('import', '--data-dir', join(dir, 'a'), join(dir, 'notes.txt'))).toMatchObject({ code: 1, err: expect.stringContaining('is not a LinkedIn Connections.csv') })
  expect(run('import', '--data-dir', join(dir, 'a'))).toMatchObject({ code: 2, err: expect.stringContaining('Usage: npm run import') })
})

test('the tools refuse a data directory that Engawa has open, and change nothing', async () => {
  const { app, stop } = await startServer()
  try {
    await app.call('people.quickAdd', { name: 'Ann Lee' })
    const refused = run('backup', '--data-dir', app.dataDir, '--out', join(dir, 'backup.json'))
    expect(refused.code).toBe(1)
    expect(refused.err).toContain('The data directory is open in Engawa (browser')
    expect(existsSync(join(dir, 'backup.json'))).toBe(false)
    const exported = run('export', '--data-dir', app.dataDir, '--out', join(dir, 'vault'))
    expect(exported.code).toBe(1)
    expect(existsSync(join(dir, 'vault'))).toBe(false)
    const imported = run('import', '--data-dir', app.dataDir, linkedInFixture)
    expect(imported).toMatchObject({ code: 1, err: expect.stringContaining('The data directory is open in Engawa') })
    expect(((await app.call('people.list', {})) as { total: number }).total).toBe(1)
  } finally {
    await stop()
  }
})
