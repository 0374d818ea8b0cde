import { describe, expect, it } from 'vitest'
import { inQuietHours, reminderDue, trayModel } from '../../../src/shared/domain/reminders'

const base = { reminderTime: '18:00', quietHours: { start: '22:00', end: '08:00' }, lastNotifiedOn: null, pendingThankYous: 2 }

describe('reminder decisions', () => {
  it('reminds once the reminder time has come in the user’s zone', async () => {
    expect(reminderDue({ ...base, now: new Date('2026-11-27T08:59:00Z'), timeZone: 'Asia/Tokyo' })).toBeNull() // 17:59
    expect(reminderDue({ ...base, now: new Date('2026-11-27T09:00:00Z'), timeZone: 'Asia/Tokyo' })).toBe('2026-11-27')
    expect(reminderDue({ ...base, now: new Date('2026-11-27T09:00:00Z'), timeZone: 'America/New_York' })).toBeNull() // 04:00
  })

  it('reminds at most once a local day, and again the next day', async () => {
    const now = new Date('2026-11-27T10:00:00Z') // 19:00 Tokyo
    expect(reminderDue({ ...base, now, timeZone: 'Asia/Tokyo', lastNotifiedOn: '2026-11-27' })).toBeNull()
    expect(reminderDue({ ...base, now: new Date('2026-11-28T10:00:00Z'), timeZone: 'Asia/Tokyo', lastNotifiedOn: '2026-11-27' })).toBe('2026-11-28')
  })

  it('never reminds in quiet hours, also when they wrap midnight', async () => {
    const late = { ...base, reminderTime: '21:00', now: new Date('2026-11-27T13:30:00Z'), timeZone: 'Asia/Tokyo' } // 22:30
    expect(reminderDue(late)).toBeNull()
    expect(reminderDue({ ...late, now: new Date('2026-11-27T14:59:00Z') })).toBeNull() // 23:59
    expect(reminderDue({ ...late, now: new Date('2026-11-27T12:30:00Z') })).toBe('2026-11-27') // 21:30
    // Just after midnight in Tokyo the local day has changed but it is before the reminder time.
    expect(reminderDue({ ...late, now: new Date('2026-11-27T15:01:00Z'), lastNotifiedOn: '2026-11-27' })).toBeNull()
    expect(inQuietHours(7 * 60 + 59, base.quietHours)).toBe(true)
    expect(inQuietHours(8 * 60, base.quietHours)).toBe(false)
    expect(inQuietHours(13 * 60, { start: '12:00', end: '14:00' })).toBe(true)
    expect(inQuietHours(13 * 60, { start: '09:00', end: '09:00' })).toBe(false)
  })

  it('stays silent with nothing pending', async () => {
    expect(reminderDue({ ...base, pendingThankYous: 0, now: new Date('2026-11-27T10:00:00Z'), timeZone: 'Asia/Tokyo' })).toBeNull()
  })
})

describe('tray model', () => {
  const words = {
    appName: 'Engawa',
    nonePending: 'nothing waiting',
    pending: (n: number) => `${n} thank-you${n === 1 ? '' : 's'} to send`,
    thankItem: (name: string) => `Thank ${name}`,
    waitingItem: (name: string) => `Thank ${name} (waiting)`
  }

  it('lists pending thank-yous, oldest first, with a calm tooltip', async () => {
    const model = trayModel(
      [
        { id: 'b', name: 'Tom Becker', dueOn: '2026-11-27' },
        { id: 'a', name: '佐藤 美咲', dueOn: '2026-11-26' }
      ],
      '2026-11-27',
      words
    )
    expect(model).toEqual({
      tooltip: 'Engawa — 2 thank-yous to send',
      items: [
        { id: 'a', label: 'Thank 佐藤 美咲 (waiting)' },
        { id: 'b', label: 'Thank Tom Becker' }
      ],
      more: 0
    })
  })

  it('caps the menu and says how many more wait in the window', async () => {
    const pending = Array.from({ length: 10 }, (_, i) => ({ id: String(i), name: `P${i}`, dueOn: '2026-11-27' }))
    const model = trayModel(pending, '2026-11-27', words)
    expect(model.items).toHaveLength(7)
    expect(model.more).toBe(3)
    expect(trayModel([], '2026-11-27', words).tooltip).toBe('Engawa — nothing waiting')
  })
})
