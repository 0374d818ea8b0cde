import { describe, expect, it } from 'vitest'
import { dueWording, whenDue } from '../../../src/shared/domain/followups'

describe('due dates in words', () => {
  it.each([
    ['2026-11-20', 'waiting'],
    ['2026-11-27', 'waiting'],
    ['2026-11-28', 'today'],
    ['2026-11-29', 'week'],
    ['2026-12-05', 'week'],
    ['2026-12-06', 'later']
  ] as const)('%s is "%s" on 2026-11-28', (dueOn, when) => {
    expect(whenDue(dueOn, '2026-11-28')).toBe(when)
  })

  it('never calls past due "late": it is waiting since its date', () => {
    expect(dueWording({ status: 'pending', when: 'waiting', dueOn: '2026-11-20', doneAt: null })).toEqual({ key: 'waitingSince', date: '2026-11-20' })
    expect(dueWording({ status: 'pending', when: 'today', dueOn: '2026-11-28', doneAt: null })).toEqual({ key: 'dueToday' })
    expect(dueWording({ status: 'pending', when: 'later', dueOn: '2026-12-24', doneAt: null })).toEqual({ key: 'due', date: '2026-12-24' })
    expect(dueWording({ status: 'sent', when: 'waiting', dueOn: '2026-11-20', doneAt: '2026-11-21T09:00:00Z' })).toEqual({
      key: 'done',
      status: 'sent',
      at: '2026-11-21T09:00:00Z'
    })
  })
})
