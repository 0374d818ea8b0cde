import { describe, expect, it } from 'vitest'
import type { Person } from '../../../src/shared/api/people'
import { writeThankYouAndPromises, type ThankYouAndPromises } from '../../../src/main/services/followups/thank-you-and-promises'
import { call, fixedClock, rowCount, testCore } from '../support/core'

async function setUp() {
  const core = testCore(fixedClock('2026-11-27T09:00:00Z'))
  await call(core, 'settings.update', { userName: 'Taro Yamada', signatures: { ja: '', en: '' } })
  const person = await call<Person>(core, 'people.quickAdd', { name: 'Alex Kim' })
  const meeting = await call<{ id: string }>(core, 'meetings.create', { personId: person.id, purpose: 'Coffee' })
  const input: ThankYouAndPromises = {
    personId: person.id,
    source: { meetingId: meeting.id },
    keys: { thankYou: 'test:thank_you', promise: (index) => `test:promise:${index}` },
    language: 'en',
    draft: 'Hi Alex,\n\nThank you.',
    promised: '- Send the slides\n\n- Introduce Ken',
    today: '2026-11-27',
    stamp: '2026-11-27T09:00:00.000Z'
  }
  const rows = () =>
    core.ctx.sqlite
      .prepare('SELECT kind, title, draft, due_on, original_due_on, source_key, meeting_id, event_id FROM followups ORDER BY source_key')
      .all() as Record<string, unknown>[]
  return { core, input, rows, meetingId: meeting.id }
}

describe('writing the thank-you and the promises', () => {
  it('writes a signed thank-you due today and a follow-up per promise line due a week later', async () => {
    const { core, input, rows, meetingId } = await setUp()
    core.ctx.sqlite.transaction(() => writeThankYouAndPromises(core.ctx, input))()
    expect(rows()).toEqual([
      { kind: 'promised_action', title: 'Send the slides', draft: '', due_on: '2026-12-04', original_due_on: '2026-12-04', source_key: 'test:promise:0', meeting_id: meetingId, event_id: null },
      { kind: 'promised_action', title: 'Introduce Ken', draft: '', due_on: '2026-12-04', original_due_on: '2026-12-04', source_key: 'test:promise:1', meeting_id: meetingId, event_id: null },
      { kind: 'thank_you', title: '', draft: 'Hi Alex,\n\nThank you.\nTaro Yamada', due_on: '2026-11-27', original_due_on: '2026-11-27', source_key: 'test:thank_you', meeting_id: meetingId, event_id: null }
    ])
  })

  it('writes only the thank-you when nothing was promised', async () => {
    const { core, input, rows } = await setUp()
    writeThankYouAndPromises(core.ctx, { ...input, promised: '  \n' })
    expect(rows().map((row) => row.source_key)).toEqual(['test:thank_you'])
  })

  it('adds only what is new when written again, and leaves what was written as it is', async () => {
    const { core, input, rows } = await setUp()
    writeThankYouAndPromises(core.ctx, input)
    const first = rows()
    writeThankYouAndPromises(core.ctx, { ...input, draft: 'Changed', promised: 'Changed\nIntroduce Ken\nBook the room', stamp: '2026-11-28T09:00:00.000Z' })
    expect(rowCount(core, 'followups')).toBe(4)
    expect(rows().slice(0, 2)).toEqual(first.slice(0, 2))
    expect(rows()[2]).toMatchObject({ title: 'Book the room', source_key: 'test:promise:2' })
    expect(rows()[3]).toEqual(first[2])
  })
})
