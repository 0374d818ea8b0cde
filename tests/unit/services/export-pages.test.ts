import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { MarkdownFile } from '../../../src/shared/api/exports'
import type { JobState } from '../../../src/shared/api/jobs'
import type { MeetingView } from '../../../src/shared/api/meetings'
import type { PersonSummary } from '../../../src/shared/api/people'
import { call, fixedClock, rowCount, tempDir, testCore } from '../support/core'

const tables = ['people', 'meetings', 'followups', 'interactions', 'settings']

describe('exports.personMarkdown and exports.meetingMarkdown', () => {
  it('answer exactly the vault’s page and file name for every person and one-on-one, in ja and en', async () => {
    const core = testCore()
    await call(core, 'sample.load', { language: 'ja' })
    const people = (await call<{ items: PersonSummary[] }>(core, 'people.list', { limit: 100 })).items
    const meetings = await call<MeetingView[]>(core, 'meetings.list', {})
    expect(people.length).toBeGreaterThan(3)
    expect(meetings.length).toBeGreaterThan(0)
    for (const language of ['ja', 'en'] as const) {
      const folder = tempDir()
      const started = await call<JobState>(core, 'exports.vault', { folder, language })
      expect(await core.ctx.jobs.settled(started.id)).toMatchObject({ status: 'done' })
      for (const person of people) {
        const page = await call<MarkdownFile>(core, 'exports.personMarkdown', { id: person.id, language })
        expect(page.fileName).toMatch(/\.md$/u)
        expect(page.text).toBe(readFileSync(join(folder, 'People', page.fileName), 'utf8'))
      }
      for (const meeting of meetings) {
        const page = await call<MarkdownFile>(core, 'exports.meetingMarkdown', { id: meeting.id, language })
        expect(page.text).toBe(readFileSync(join(folder, 'One-on-ones', page.fileName), 'utf8'))
        expect(page.text).toContain(language === 'ja' ? '## 計画' : '## Plan')
      }
    }
  })

  it('names two people with the same name as the vault does, and takes the stored language when none is given', async () => {
    const clock = fixedClock('2026-11-27T03:00:00Z')
    const core = testCore(clock)
    await call(core, 'settings.update', { language: 'en' })
    const first = await call<{ id: string }>(core, 'people.quickAdd', { name: 'Mika Sato' })
    clock.set('2026-11-27T03:01:00Z')
    const second = await call<{ id: string }>(core, 'people.quickAdd', { name: 'Mika Sato' })
    const a = await call<MarkdownFile>(core, 'exports.personMarkdown', { id: first.id })
    const b = await call<MarkdownFile>(core, 'exports.personMarkdown', { id: second.id })
    expect(a.fileName).toBe('Mika Sato.md')
    expect(b.fileName).toMatch(/^Mika Sato \(\w{6}\)\.md$/u)
    expect(a.text).toContain('## Profile')
  })

  it('refuses unknown ids, people in the trash and their one-on-ones, and writes nothing', async () => {
    const core = testCore()
    await call(core, 'sample.load', { language: 'en' })
    const meeting = (await call<MeetingView[]>(core, 'meetings.list', {}))[0]
    if (!meeting) throw new Error('the sample has a one-on-one')
    await call(core, 'people.delete', { id: meeting.person.id })
    const before = tables.map((table) => rowCount(core, table))
    const pushedBefore = core.pushed.length
    const cases: [string, unknown, string][] = [
      ['exports.personMarkdown', { id: crypto.randomUUID() }, 'NOT_FOUND'],
      ['exports.personMarkdown', { id: meeting.person.id }, 'NOT_FOUND'],
      ['exports.meetingMarkdown', { id: meeting.id }, 'NOT_FOUND'],
      ['exports.meetingMarkdown', { id: crypto.randomUUID() }, 'NOT_FOUND'],
      ['exports.personMarkdown', { id: 'not-an-id' }, 'INVALID_INPUT'],
      ['exports.personMarkdown', {}, 'INVALID_INPUT'],
      ['exports.meetingMarkdown', { id: meeting.id, language: 'fr' }, 'INVALID_INPUT']
    ]
    for (const [procedure, input, code] of cases) {
      expect(await core.dispatch(procedure, input), `${procedure} ${JSON.stringify(input)}`).toMatchObject({ ok: false, error: { code } })
    }
    expect(tables.map((table) => rowCount(core, table))).toEqual(before)
    expect(core.pushed.length).toBe(pushedBefore)
  })
})
