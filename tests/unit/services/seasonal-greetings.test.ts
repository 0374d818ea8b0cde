import { describe, expect, it } from 'vitest'
import type { Person } from '../../../src/shared/api/people'
import type { SeasonalList } from '../../../src/shared/api/seasonal'
import type { TodayView } from '../../../src/shared/api/today'
import { call, fixedClock, rowCount, testCore } from '../support/core'

type Core = ReturnType<typeof testCore>

// 20 July 2026 in Tokyo: 暑中見舞い (小暑 7 July to 6 August).
const summer = '2026-07-20T03:00:00Z'

const add = (core: Core, person: Record<string, unknown>) => call<Person>(core, 'people.create', person)

describe('seasonal greetings', () => {
  it('makes one greeting per person in the window, one line on Today, a list to mark sent all at once', async () => {
    const core = testCore(fixedClock(summer))
    await call(core, 'settings.update', { signatures: { ja: '山田 太郎', en: '' } })
    const tanaka = await add(core, { familyName: '田中', givenName: '一郎', stage: 'met' })
    await add(core, { familyName: '鈴木', givenName: '花子', stage: 'ongoing', greetings: false })
    await add(core, { familyName: '佐藤', givenName: '次郎', stage: 'discovered' })
    await add(core, { familyName: 'Kim', givenName: 'Alex', stage: 'met' })
    await add(core, { familyName: '高橋', givenName: '蓮', stage: 'discovered', greetings: true })
    expect(await call(core, 'aftercare.daily')).toEqual({ made: 2 })
    expect(await call(core, 'aftercare.daily')).toEqual({ made: 0 })
    const today = await call<TodayView>(core, 'today.get')
    expect(today.seasons).toEqual([{ kind: 'shochu', year: 2026, to: '2026-08-06', pending: 2 }])
    expect(today.followups).toEqual([])
    const list = await call<SeasonalList>(core, 'seasonal.list', { kind: 'shochu', year: 2026 })
    expect(list.items.map((item) => item.person.familyName)).toEqual(['高橋', '田中'])
    expect(list.items[1]?.draft).toMatch(/^暑中お見舞い申し上げます\n[\s\S]*田中さんには[\s\S]*令和8年 盛夏\n\n山田 太郎$/u)
    expect(list.items[1]).toMatchObject({ dueOn: '2026-08-06', title: '暑中見舞い', language: 'ja' })
    expect(await call(core, 'seasonal.markAllSent', { kind: 'shochu', year: 2026 })).toEqual({ sent: 2 })
    const timeline = (await call<{ timeline: { kind: string }[] }>(core, 'people.get', { id: tanaka.id })).timeline
    expect(timeline.map((entry) => entry.kind)).toEqual(['followup_sent'])
    expect((await call<TodayView>(core, 'today.get')).seasons).toEqual([])
  })

  it('skips the 残暑見舞い for whoever got a 暑中見舞い', async () => {
    const clock = fixedClock(summer)
    const core = testCore(clock)
    await add(core, { familyName: '田中', givenName: '一郎', stage: 'met' })
    await call(core, 'aftercare.daily')
    await call(core, 'seasonal.markAllSent', { kind: 'shochu', year: 2026 })
    await add(core, { familyName: '鈴木', givenName: '花子', stage: 'met' })
    clock.set('2026-08-10T03:00:00Z')
    await call(core, 'aftercare.daily')
    const zansho = await call<SeasonalList>(core, 'seasonal.list', { kind: 'zansho', year: 2026 })
    expect(zansho.items.map((item) => item.person.familyName)).toEqual(['鈴木'])
  })

  it('in mourning: no New Year greeting in 松の内, a 寒中見舞い after it', async () => {
    const clock = fixedClock('2027-01-03T03:00:00Z')
    const core = testCore(clock)
    await add(core, { familyName: '田中', givenName: '一郎', stage: 'met', mourningYear: 2026 })
    await add(core, { familyName: '鈴木', givenName: '花子', stage: 'met' })
    await call(core, 'aftercare.daily')
    const nenshi = await call<SeasonalList>(core, 'seasonal.list', { kind: 'nenshi', year: 2027 })
    expect(nenshi.items.map((item) => item.person.familyName)).toEqual(['鈴木'])
    clock.set('2027-01-12T03:00:00Z')
    await call(core, 'aftercare.daily')
    const kanchu = await call<SeasonalList>(core, 'seasonal.list', { kind: 'kanchu', year: 2027 })
    expect(kanchu.items.map((item) => item.person.familyName)).toEqual(['田中'])
    expect(kanchu.items[0]?.draft).toContain('ご服喪中と伺い')
  })

  it('writes names and addresses as CSV with formulas neutralised', async () => {
    const core = testCore(fixedClock(summer))
    await add(core, { familyName: '田中', givenName: '一郎', familyNameKana: 'たなか', givenNameKana: 'いちろう', stage: 'met', company: '=cmd|calc', postalAddress: '東京都渋谷区1-2-3' })
    await call(core, 'aftercare.daily')
    const csv = await call<{ fileName: string; text: string }>(core, 'seasonal.csv', { kind: 'shochu', year: 2026 })
    expect(csv.fileName).toBe('engawa-shochu-2026.csv')
    expect(csv.text).toBe("\uFEFFname,reading,honorific,company,postal_address\r\n田中 一郎,たなか いちろう,様,'=cmd|calc,東京都渋谷区1-2-3\r\n")
  })

  it.each([
    ['an unknown season', { kind: 'xmas', year: 2026 }],
    ['a year out of range', { kind: 'shochu', year: 1800 }],
    ['no year', { kind: 'shochu' }],
    ['a year that is not a whole number', { kind: 'shochu', year: 2026.5 }]
  ])('refuses %s and writes nothing', async (_, input) => {
    const core = testCore(fixedClock(summer))
    await add(core, { familyName: '田中', givenName: '一郎', stage: 'met' })
    await call(core, 'aftercare.daily')
    const before = [rowCount(core, 'followups'), rowCount(core, 'interactions')]
    for (const procedure of ['seasonal.list', 'seasonal.markAllSent', 'seasonal.csv']) {
      expect(await core.dispatch(procedure, input)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    }
    expect(core.ctx.sqlite.prepare("SELECT count(*) FROM followups WHERE status = 'pending'").pluck().get()).toBe(1)
    expect([rowCount(core, 'followups'), rowCount(core, 'interactions')]).toEqual(before)
  })
})
