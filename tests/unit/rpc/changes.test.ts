import { describe, expect, it } from 'vitest'
import { changeAreas } from '../../../src/shared/api/areas'
import { contract, type Procedure } from '../../../src/shared/api/contract'
import type { Output } from '../../../src/shared/api/contract'
import type { Person } from '../../../src/shared/api/people'
import { call, testCore } from '../support/core'

const totalChanges = (core: ReturnType<typeof testCore>) =>
  core.ctx.sqlite.prepare('SELECT total_changes()').pluck().get() as number

/** A person with a thank-you and a promise waiting, and a one-on-one planned with someone else. */
async function circle(core: ReturnType<typeof testCore>) {
  const ann = await call<Person>(core, 'people.quickAdd', { name: 'Ann Lee' })
  const held = await call<{ id: string }>(core, 'meetings.create', { personId: ann.id, purpose: 'on-call' })
  await call(core, 'meetings.saveNotes', { id: held.id, section: 'myPromises', text: '- send the runbook' })
  const ended = await call<Output<'meetings.end'>>(core, 'meetings.end', { id: held.id })
  const planned = await call<{ id: string }>(core, 'meetings.create', { personId: ann.id, purpose: 'a second coffee' })
  const topic = await call<{ id: string }>(core, 'topics.create', { kind: 'question', title: 'How do you run postmortems?' })
  return { ann, held, ended, planned, topic }
}

const pushedAreas = (core: ReturnType<typeof testCore>) =>
  core.pushed.filter((message) => message.event === 'changed').map((message) => (message.payload as { areas: string[] }).areas)

describe('one change path', () => {
  it('every procedure declares the areas it changes, from the known list', () => {
    for (const [name, schema] of Object.entries(contract)) {
      expect(Array.isArray(schema.changes), name).toBe(true)
      for (const area of schema.changes) expect(changeAreas, name).toContain(area)
    }
  })

  it('a write pushes one changed message with its declared areas; a read or a failure pushes nothing', async () => {
    const core = testCore()
    const person = await call<Person>(core, 'people.quickAdd', { name: 'Ann Lee' })
    expect(pushedAreas(core)).toEqual([['people']])
    await call(core, 'people.list', {})
    await call(core, 'today.get', {})
    await core.dispatch('people.update', { id: person.id, patch: { email: 'not-an-email' } })
    await core.dispatch('people.delete', { id: '00000000-0000-4000-8000-000000000000' })
    expect(pushedAreas(core)).toEqual([['people']])
    await call(core, 'people.delete', { id: person.id })
    expect(pushedAreas(core)).toEqual([['people'], [...contract['people.delete'].changes]])
  })

  it('procedures that declare no change write nothing', async () => {
    const core = testCore()
    const { ann, held, ended, planned } = await circle(core)
    await call(core, 'meetings.update', { id: planned.id, patch: { startsAt: '2026-12-01T03:00:00Z' } })
    const event = await call<{ id: string }>(core, 'events.create', { name: 'Meetup', kind: 'meetup', startsAt: '2026-12-05T10:00:00Z', endsAt: '2026-12-05T12:00:00Z' })
    await call(core, 'events.addAttendees', { id: event.id, personIds: [ann.id] })
    const community = await call<{ id: string }>(core, 'communities.create', { name: 'SRE Lounge' })
    const work = await call<{ id: string }>(core, 'works.create', { title: 'Humane on-call' })
    const resource = await call<{ id: string }>(core, 'resources.create', { title: 'SLO guide', url: 'https://example.com/slo', tags: ['SRE'] })
    const uploadId = '11111111-1111-4111-8111-111111111111'
    const linkedInCsv = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAnn,Lee,https://www.linkedin.com/in/ann,,,,24 Aug 2023\n'
    const inputs: Partial<Record<Procedure, unknown>> = {
      'people.get': { id: ann.id },
      'meetings.get': { id: held.id },
      'meetings.suggestQuestions': { id: held.id },
      'meetings.ics': { id: planned.id },
      'followups.get': { id: ended.thankYou.id },
      'people.list': { query: 'Ann' },
      'people.pipeline': {},
      'communities.get': { id: community.id },
      'works.get': { id: work.id },
      'followups.list': { personId: ann.id },
      'events.get': { id: event.id },
      'events.matchAttendees': { text: 'Ann Lee\nNew Person' },
      'events.sheetMarkdown': { id: event.id, language: 'en' },
      'events.ics': { id: event.id },
      'exports.personMarkdown': { id: ann.id },
      'exports.meetingMarkdown': { id: held.id },
      'seasonal.calendar': { year: 2026 },
      'backups.uploadStart': { size: 10 },
      'aftercare.keepInTouch': { personId: ann.id },
      'seasonal.list': { kind: 'shochu', year: 2026 },
      'seasonal.csv': { kind: 'shochu', year: 2026 },
      'resources.matches': { id: resource.id },
      'resources.sharedWith': { personId: ann.id },
      'imports.upload': { upload: uploadId, index: 0, data: Buffer.from(linkedInCsv).toString('base64') },
      'imports.preview': { source: { upload: uploadId } },
      'search.query': { text: 'on-call runbook' }
    }
    const reads = (Object.keys(contract) as Procedure[]).filter((name) => contract[name].changes.length === 0)
    // jobs.cancel needs a job (the jobs tests cover it); backups.restoreJson refuses while the backup
    // jobs started above run, and its tests check it announces nothing until its job is done.
    // The other upload steps need an upload and a backup: tests/unit/services/json-upload.test.ts.
    const needUpload = ['backups.uploadChunk', 'backups.inspectUpload', 'backups.restoreUpload', 'backups.discardUpload']
    // imports.commit's job writes People when it ends (the import tests check it).
    for (const name of reads.filter((read) => read !== 'jobs.cancel' && read !== 'backups.restoreJson' && read !== 'imports.commit' && !needUpload.includes(read))) {
      const before = totalChanges(core)
      const result = await core.dispatch(name, inputs[name] ?? {})
      expect(result.ok, `${name}: ${JSON.stringify(result)}`).toBe(true)
      expect(totalChanges(core), name).toBe(before)
    }
  })

  it('trashing a person takes their thank-you, promise and meetings off every list, and restoring brings them back', async () => {
    const core = testCore()
    const { ann } = await circle(core)
    const visible = async () => {
      const today = await call<Output<'today.get'>>(core, 'today.get')
      return {
        todayThankYous: today.thankYous.length,
        todayMeetings: today.meetings.length,
        followups: (await call<unknown[]>(core, 'followups.list', {})).length,
        meetings: (await call<unknown[]>(core, 'meetings.list', {})).length
      }
    }
    const before = await visible()
    expect(before).toEqual({ todayThankYous: 1, todayMeetings: 1, followups: 2, meetings: 2 })
    await call(core, 'people.delete', { id: ann.id })
    expect(await visible()).toEqual({ todayThankYous: 0, todayMeetings: 0, followups: 0, meetings: 0 })
    expect(pushedAreas(core).at(-1)).toEqual(expect.arrayContaining(['people', 'meetings', 'followups']))
    await call(core, 'people.restore', { id: ann.id })
    expect(await visible()).toEqual(before)
  })

  it('emptying the trash removes the person\'s meetings and follow-ups with them, and nobody else\'s', async () => {
    const core = testCore()
    const { ann } = await circle(core)
    const other = await call<Person>(core, 'people.quickAdd', { name: 'Tom Becker' })
    await call(core, 'meetings.create', { personId: other.id, purpose: 'cycling routes' })
    await call(core, 'people.delete', { id: ann.id })
    await call(core, 'people.purge', { id: ann.id })
    const count = (table: string, personId: string) =>
      core.ctx.sqlite.prepare(`SELECT count(*) FROM ${table} WHERE person_id = ?`).pluck().get(personId)
    for (const table of ['meetings', 'followups', 'interactions']) {
      expect(count(table, ann.id), table).toBe(0)
    }
    expect(count('meetings', other.id)).toBe(1)
  })

  it('a listener that throws does not turn a successful write into an error', async () => {
    const core = testCore()
    core.push.on('changed', () => {
      throw new Error('a window went away')
    })
    const result = await core.dispatch('people.quickAdd', { name: 'Ann Lee' })
    expect(result.ok).toBe(true)
  })
})
