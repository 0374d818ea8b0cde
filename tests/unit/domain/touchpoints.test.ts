import { describe, expect, it } from 'vitest'
import { stages } from '../../../src/shared/domain/people'
import { proposalDraft, proposalDue, stageAfterPlanning, stageAfterTouchpoint, touchpointForKey, touchpointKeys, touchpointKinds } from '../../../src/shared/domain/touchpoints'

describe('touchpoint keys', () => {
  it('gives every kind its own key, in either case', () => {
    expect(new Set(Object.values(touchpointKeys)).size).toBe(touchpointKinds.length)
    for (const kind of touchpointKinds) {
      expect(touchpointForKey(touchpointKeys[kind])).toBe(kind)
      expect(touchpointForKey(touchpointKeys[kind].toUpperCase())).toBe(kind)
    }
    expect(touchpointForKey('x')).toBeNull()
    expect(touchpointForKey('Escape')).toBeNull()
  })
})

describe('stages move forward by themselves, never back', () => {
  it.each([
    ['discovered', 'online_followed', 'engaged_online'],
    ['discovered', 'message', 'engaged_online'],
    ['discovered', 'they_shared', 'engaged_online'],
    ['discovered', 'met_in_passing', 'discovered'],
    ['discovered', 'note', 'discovered'],
    ['engaged_online', 'online_commented', 'engaged_online'],
    ['meeting_proposed', 'online_replied', 'meeting_proposed'],
    ['met', 'online_engaged', 'met'],
    ['ongoing', 'online_followed', 'ongoing']
  ] as const)('%s + %s → %s', (from, kind, to) => {
    expect(stageAfterTouchpoint(from, kind)).toBe(to)
  })

  it('planning a one-on-one proposes a meeting, and leaves anyone further along where they are', () => {
    expect(stages.map(stageAfterPlanning)).toEqual(['meeting_proposed', 'meeting_proposed', 'meeting_proposed', 'met', 'ongoing'])
  })
})

describe('proposalDue', () => {
  const today = '2026-11-28'
  it.each([
    ['three exchanges in 90 days', ['2026-09-01', '2026-10-10', '2026-11-27'], false, true],
    ['two exchanges', ['2026-10-10', '2026-11-27'], false, false],
    ['one of the three 90 days ago or more', ['2026-08-30', '2026-10-10', '2026-11-27'], false, false],
    ['three, but a one-on-one already exists', ['2026-11-01', '2026-11-02', '2026-11-03'], true, false],
    ['three on the same day', ['2026-11-27', '2026-11-27', '2026-11-27'], false, true],
    ['a date in the future does not count', ['2026-11-01', '2026-11-02', '2026-12-01'], false, false]
  ])('%s', (_label, dates, hasMeeting, expected) => {
    expect(proposalDue(dates, hasMeeting, today)).toBe(expected)
  })
})

describe('proposalDraft', () => {
  it('names the last exchange and makes no easy, in each language', () => {
    const ja = proposalDraft('佐藤さん', 'ja', '障害対応の  振り返り')
    expect(ja).toMatch(/^佐藤さん\n/u)
    expect(ja).toContain('「障害対応の 振り返り」')
    expect(ja).toContain('お気になさらず')
    const en = proposalDraft('Priya', 'en', 'your SLO post')
    expect(en).toMatch(/^Hi Priya,/u)
    expect(en).toContain('about your SLO post')
    expect(proposalDraft('Priya', 'en', '')).toContain('exchanges online')
  })
})
