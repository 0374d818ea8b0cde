import { describe, expect, it } from 'vitest'
import type { Output } from '../../../src/shared/api/contract'
import type { Person } from '../../../src/shared/api/people'
import { call, fixedClock, rowCount, testCore } from '../support/core'

type End = Output<'meetings.end'>

async function planCoffee(core: ReturnType<typeof testCore>, person: Record<string, unknown>) {
  const { id: personId } = await call<Person>(core, 'people.create', person)
  const meeting = await call<{ id: string }>(core, 'meetings.create', { personId, purpose: 'オンコールの仕組み' })
  return { personId, meetingId: meeting.id }
}

const notes = {
  caresAbout: '- チームが疲れずに続けられるオンコール\n- 登山',
  sharedInterests: 'ポストモーテムの文化',
  myPromises: '- 振り返りのテンプレートを送る\n- 勉強会の資料を共有する',
  theirPromises: 'ランブックを見せてくれる'
}

async function takeNotes(core: ReturnType<typeof testCore>, meetingId: string) {
  for (const [section, text] of Object.entries(notes)) await call(core, 'meetings.saveNotes', { id: meetingId, section, text })
}

describe('ending a one-on-one', () => {
  it('creates a same-day thank-you quoting the notes, a follow-up per promise, a timeline entry and the next date', async () => {
    // 09:30 on 28 Nov in Tokyo is still 27 Nov in UTC: "same day" is the user's day.
    const core = testCore(fixedClock('2026-11-28T00:30:00Z', 'Asia/Tokyo'))
    const { personId, meetingId } = await planCoffee(core, { familyName: '佐藤', givenName: '美咲', stage: 'engaged_online', cadenceDays: 60 })
    await takeNotes(core, meetingId)
    const ended = await call<End>(core, 'meetings.end', { id: meetingId })

    expect(ended.meeting.status).toBe('ended')
    expect(ended.thankYou).toMatchObject({ kind: 'thank_you', dueOn: '2026-11-28', language: 'ja', when: 'today' })
    expect(ended.thankYou.draft).toContain('佐藤さん')
    expect(ended.thankYou.draft).toContain('チームが疲れずに続けられるオンコール')
    expect(ended.thankYou.draft).toContain('振り返りのテンプレートを送る')
    expect(ended.promises.map((p) => [p.kind, p.title, p.dueOn])).toEqual([
      ['promised_action', '振り返りのテンプレートを送る', '2026-12-05'],
      ['promised_action', '勉強会の資料を共有する', '2026-12-05']
    ])
    expect(ended.nextContactOn).toBe('2027-01-27')

    const person = await call<Person & { timeline: { kind: string; summary: string; body: string }[] }>(core, 'people.get', { id: personId })
    expect(person.stage).toBe('met')
    expect(person.lastContactAt).toBe('2026-11-28T00:30:00.000Z')
    expect(person.timeline).toEqual([expect.objectContaining({ kind: 'meeting', summary: 'オンコールの仕組み' })])
    expect(person.timeline[0]?.body).toContain('ランブックを見せてくれる')
  })

  it('writes in English to an English speaker', async () => {
    const core = testCore()
    const { meetingId } = await planCoffee(core, { givenName: 'Priya', familyName: 'Raman' })
    await call(core, 'meetings.saveNotes', { id: meetingId, section: 'caresAbout', text: 'mentoring new graduates' })
    const { thankYou } = await call<End>(core, 'meetings.end', { id: meetingId })
    expect(thankYou.language).toBe('en')
    expect(thankYou.draft).toMatch(/^Hi Priya,/)
    expect(thankYou.draft).toContain('mentoring new graduates')
  })

  it('does nothing more when ended twice', async () => {
    const core = testCore()
    const { meetingId } = await planCoffee(core, { familyName: '高橋', givenName: '健' })
    await takeNotes(core, meetingId)
    const first = await call<End>(core, 'meetings.end', { id: meetingId })
    const counts = { followups: rowCount(core, 'followups'), interactions: rowCount(core, 'interactions') }
    const second = await call<End>(core, 'meetings.end', { id: meetingId })
    expect(second.thankYou.id).toBe(first.thankYou.id)
    expect(second.promises.map((p) => p.id)).toEqual(first.promises.map((p) => p.id))
    expect({ followups: rowCount(core, 'followups'), interactions: rowCount(core, 'interactions') }).toEqual(counts)
    expect(counts).toEqual({ followups: 3, interactions: 1 })
  })

  it('refuses to end a meeting whose person is in the trash, and writes nothing', async () => {
    const core = testCore()
    const { personId, meetingId } = await planCoffee(core, { familyName: '山本' })
    await call(core, 'people.delete', { id: personId })
    expect(await core.dispatch('meetings.end', { id: meetingId })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect(rowCount(core, 'followups')).toBe(0)
    expect(await core.dispatch('meetings.create', { personId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('keeps a 1 MB note whole', async () => {
    const core = testCore()
    const { meetingId } = await planCoffee(core, { givenName: 'Ann' })
    const big = 'あ'.repeat(1_000_000)
    await call(core, 'meetings.saveNotes', { id: meetingId, section: 'freeNotes', text: big })
    expect((await call<{ freeNotes: string }>(core, 'meetings.get', { id: meetingId })).freeNotes).toBe(big)
    expect(await core.dispatch('meetings.saveNotes', { id: meetingId, section: 'freeNotes', text: big + 'あ' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' }
    })
  })

  it('saves each listening section on its own and keeps the furthest plan step', async () => {
    const core = testCore()
    const { meetingId } = await planCoffee(core, { givenName: 'Ann' })
    await call(core, 'meetings.saveNotes', { id: meetingId, section: 'caresAbout', text: 'a' })
    await call(core, 'meetings.saveNotes', { id: meetingId, section: 'myPromises', text: 'b' })
    await call(core, 'meetings.update', { id: meetingId, patch: { planStep: 2, format: 'lunch', startsAt: '2026-12-01T03:00:00Z' } })
    await call(core, 'meetings.update', { id: meetingId, patch: { planStep: 1 } })
    expect(await call(core, 'meetings.get', { id: meetingId })).toMatchObject({
      caresAbout: 'a',
      myPromises: 'b',
      planStep: 2,
      format: 'lunch',
      startsAt: '2026-12-01T03:00:00.000Z'
    })
  })

  it('suggests questions from the person’s challenges, interests and the topic library', async () => {
    const core = testCore()
    await call(core, 'topics.create', { kind: 'question', title: 'How do you choose what to automate?' })
    const { meetingId } = await planCoffee(core, { givenName: 'Tom', familyName: 'Becker', interests: ['cycling'], challenges: ['remote onboarding'] })
    const questions = await call<{ text: string; source: string }[]>(core, 'meetings.suggestQuestions', { id: meetingId })
    expect(questions.map((q) => q.source)).toEqual(['challenge', 'interest', 'topic'])
    expect(questions[0]?.text).toContain('remote onboarding')
    expect(questions[2]?.text).toBe('How do you choose what to automate?')
  })
})
