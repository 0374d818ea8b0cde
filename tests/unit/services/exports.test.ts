import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import type { Core } from '../../../src/main/core'
import type { JobState } from '../../../src/shared/api/jobs'
import { call, tempDir, testCore } from '../support/core'

async function exportVault(core: Core, folder?: string): Promise<JobState> {
  const started = await call<JobState>(core, 'exports.vault', folder === undefined ? {} : { folder })
  return core.ctx.jobs.settled(started.id)
}

/** Every Markdown file in a folder, as vault-relative paths with `/`. */
function markdownFiles(root: string): string[] {
  const found: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name))
      else if (entry.name.endsWith('.md')) found.push(relative(root, join(dir, entry.name)).split('\\').join('/'))
    }
  }
  walk(root)
  return found.sort()
}

const frontMatter = (text: string): Record<string, unknown> => parse(/^---\n([\s\S]*?)\n---\n/u.exec(text)?.[1] ?? '') as Record<string, unknown>
const linksIn = (text: string) => [...text.matchAll(/\[\[([^\]|]+)(?:\|[^\]]*)?\]\]/gu)].map((match) => match[1] ?? '')

describe('exports.vault', () => {
  it('exports the sample circle in Japanese into the data folder, with links that resolve', async () => {
    const core = testCore()
    await call(core, 'settings.update', { language: 'ja' })
    await call(core, 'sample.load', { language: 'ja' })
    const settled = await exportVault(core)
    expect(settled).toMatchObject({ kind: 'export', status: 'done', error: null })
    const folder = join(core.ctx.dataDir, 'exports', 'vault')
    expect(settled.result).toMatchObject({ folder, unchanged: 0, keptUserEdits: 0 })
    const files = markdownFiles(folder)
    expect(files).toEqual(expect.arrayContaining(['index.md', 'Follow-ups.md', 'Topics.md']))
    expect(files.filter((f) => f.startsWith('People/')).length).toBeGreaterThan(3)
    expect(files.filter((f) => f.startsWith('One-on-ones/')).length).toBeGreaterThan(0)
    expect(settled.result?.written).toBe(files.length)
    for (const file of files) {
      const text = readFileSync(join(folder, file), 'utf8')
      expect(() => frontMatter(text)).not.toThrow()
      for (const link of linksIn(text)) expect(existsSync(join(folder, `${link}.md`)), `${file} -> ${link}`).toBe(true)
    }
    const followups = readFileSync(join(folder, 'Follow-ups.md'), 'utf8')
    expect(followups).toMatch(/^- \[ \] .+ 📅 \d{4}-\d{2}-\d{2}$/mu)
    expect(followups).toContain('フォローアップ')
    const meeting = files.find((f) => f.startsWith('One-on-ones/')) ?? ''
    const meta = frontMatter(readFileSync(join(folder, meeting), 'utf8'))
    expect(String(meta.person)).toMatch(/^\[\[People\/.+\]\]$/u)
    if (meta.starts_at) expect(String(meta.starts_at)).toMatch(/\+09:00$/u)
    // The sample meetup's prep sheet, its people linked to their pages, listed in the index.
    const [event] = files.filter((f) => f.startsWith('Events/'))
    expect(event).toMatch(/^Events\/\d{4}-\d{2}-\d{2} SRE 勉強会 42\.md$/u)
    const sheet = readFileSync(join(folder, event ?? ''), 'utf8')
    expect((frontMatter(sheet).targets as string[])[0]).toMatch(/^\[\[People\/.+\]\]$/u)
    expect(sheet).toContain('**話しかけ方**')
    expect(readFileSync(join(folder, 'index.md'), 'utf8')).toContain(`[[${event?.slice(0, -3)}]]`)
  })

  it('keeps the notes byte for byte and front matter that parses back for awkward names', async () => {
    const core = testCore()
    const notes = '# My notes\r\n\n- a: "b" #c\n\n```yaml\n---\nkey: value\n```\n\n\n  trailing  \n\n'
    const person = await call<{ id: string }>(core, 'people.create', {
      familyName: 'O\'Neil: "the" #1',
      givenName: 'Ann\nLine',
      company: 'a: b',
      tags: ['x: y', '#z'],
      notes
    })
    const folder = join(tempDir(), 'vault')
    const settled = await exportVault(core, folder)
    expect(settled.status).toBe('done')
    const files = markdownFiles(folder).filter((f) => f.startsWith('People/'))
    expect(files).toHaveLength(1)
    const text = readFileSync(join(folder, files[0] ?? ''), 'utf8')
    expect(text).toContain(notes)
    expect(frontMatter(text)).toMatchObject({ id: person.id, family_name: 'O\'Neil: "the" #1', given_name: 'Ann\nLine', company: 'a: b' })
    expect(frontMatter(text).tags).toEqual(expect.arrayContaining(['x: y', '#z']))
  })

  it('updates its own files, keeps a file the user edited and says so', async () => {
    const core = testCore()
    await call(core, 'sample.load', { language: 'en' })
    const folder = join(tempDir(), 'vault')
    const first = await exportVault(core, folder)
    const written = Number(first.result?.written)
    const again = await exportVault(core, folder)
    expect(again.result).toMatchObject({ written: 0, unchanged: written, keptUserEdits: 0 })

    const person = markdownFiles(folder).find((f) => f.startsWith('People/')) ?? ''
    writeFileSync(join(folder, person), 'my own words')
    writeFileSync(join(folder, 'My page.md'), 'mine')
    const third = await exportVault(core, folder)
    expect(third.result).toMatchObject({ written: 0, unchanged: written - 1, keptUserEdits: 1 })
    expect(readFileSync(join(folder, person), 'utf8')).toBe('my own words')
    expect(readFileSync(join(folder, 'My page.md'), 'utf8')).toBe('mine')
    expect(existsSync(join(folder, person.replace(/\.md$/u, ` (Engawa 2026-11-27).md`)))).toBe(true)
  })

  it('writes people with hostile names inside the folder only, each to its own file', async () => {
    const core = testCore()
    const hostile = ['../../etc/passwd', '..', 'CON', 'con.txt', 'a/b\\c', 'x\u0000y', '名前'.repeat(100), '\u202eevil', '😀'.repeat(40)]
    for (const givenName of hostile) await call(core, 'people.create', { givenName })
    await call(core, 'people.create', { givenName: 'CON' })
    const parent = tempDir()
    const folder = join(parent, 'vault')
    const settled = await exportVault(core, folder)
    expect(settled.status).toBe('done')
    expect(readdirSync(parent)).toEqual(['vault'])
    const people = readdirSync(join(folder, 'People'))
    expect(people).toHaveLength(hostile.length + 1)
    expect(people).toContain('_CON.md')
    for (const name of people) expect(Buffer.byteLength(name)).toBeLessThanOrEqual(120)
    for (const link of linksIn(readFileSync(join(folder, 'index.md'), 'utf8'))) expect(existsSync(join(folder, `${link}.md`))).toBe(true)
  })

  it('answers a relative folder with INVALID_INPUT and writes nothing', async () => {
    const core = testCore()
    for (const folder of ['relative/vault', '', 'vault\0x']) {
      const result = await core.dispatch('exports.vault', { folder })
      expect(result.ok ? 'ok' : result.error.code).toBe('INVALID_INPUT')
    }
    expect(existsSync(join(core.ctx.dataDir, 'exports'))).toBe(false)
  })

  it('can be cancelled, and records what it wrote', async () => {
    const core = testCore()
    await call(core, 'sample.load', { language: 'en' })
    const folder = join(tempDir(), 'vault')
    const started = await call<JobState>(core, 'exports.vault', { folder })
    await call(core, 'jobs.cancel', { id: started.id })
    const settled = await core.ctx.jobs.settled(started.id)
    expect(settled.status).toBe('cancelled')
    expect(existsSync(join(folder, '.engawa-export.json'))).toBe(true)
    expect(existsSync(join(folder, 'index.md'))).toBe(false)
  })

  it('names the default folder', async () => {
    const core = testCore()
    expect(await call(core, 'exports.folder')).toEqual({ folder: join(core.ctx.dataDir, 'exports', 'vault') })
  })
})
