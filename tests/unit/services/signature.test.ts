import { describe, expect, it } from 'vitest'
import type { Output } from '../../../src/shared/api/contract'
import type { Person } from '../../../src/shared/api/people'
import { call, fixedClock, rowCount, testCore } from '../support/core'

describe('signed drafts', () => {
  it('signs the thank-you after a one-on-one with the signature in its language', async () => {
    const core = testCore(fixedClock('2026-11-27T09:00:00Z'))
    await call(core, 'settings.update', { userName: 'Taro Yamada', signatures: { ja: '山田 太郎', en: '' } })
    const tanaka = await call<Person>(core, 'people.quickAdd', { name: '田中 一郎' })
    const alex = await call<Person>(core, 'people.quickAdd', { name: 'Alex Kim' })
    for (const person of [tanaka, alex]) {
      const meeting = await call<{ id: string }>(core, 'meetings.create', { personId: person.id, purpose: 'Coffee' })
      const ended = await call<Output<'meetings.end'>>(core, 'meetings.end', { id: meeting.id })
      expect(ended.thankYou.draft.endsWith(person === tanaka ? '\n\n山田 太郎' : '\nTaro Yamada')).toBe(true)
    }
  })

  it.each([
    ['a name too long', { userName: 'x'.repeat(201) }],
    ['a signature missing a language', { signatures: { ja: '山田' } }],
    ['a signature that is not text', { signatures: { ja: 1, en: '' } }]
  ])('refuses %s and keeps the settings', async (_, patch) => {
    const core = testCore()
    const before = rowCount(core, 'settings')
    expect(await core.dispatch('settings.update', patch)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(rowCount(core, 'settings')).toBe(before)
  })
})
