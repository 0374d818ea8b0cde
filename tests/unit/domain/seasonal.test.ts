import { describe, expect, it } from 'vitest'
import { seasonalWindows, seasonsOn, solarTermDate, solarTermInstant } from '../../../src/shared/domain/seasonal'

/**
 * 立春, 小暑 and 立秋 in Japan time, as the National Astronomical Observatory of Japan dates them
 * (暦要項 for the years it has published, its computed tables after). Written down where the tables
 * could not be fetched: worth one look at the 暦要項 of each new year as it comes out.
 * Checked 2025–2027 against NAOJ's 暦要項 (yoko2025, rekiyou262/272, as transcribed in public code) and KASI (UTC+9);
 * all 33 rows against minwoo129/SolarToLunar jeolgi.ts (KST) and a CST table with seconds (立秋 2035: 23:53 CST = 00:53 JST).
 */
const published: [year: number, risshun: string, shosho: string, risshu: string][] = [
  [2025, '02-03', '07-07', '08-07'],
  [2026, '02-04', '07-07', '08-07'],
  [2027, '02-04', '07-07', '08-08'],
  [2028, '02-04', '07-06', '08-07'],
  [2029, '02-03', '07-07', '08-07'],
  [2030, '02-04', '07-07', '08-07'],
  [2031, '02-04', '07-07', '08-08'],
  [2032, '02-04', '07-06', '08-07'],
  [2033, '02-03', '07-07', '08-07'],
  [2034, '02-04', '07-07', '08-07'],
  [2035, '02-04', '07-07', '08-08']
]

describe('solar terms', () => {
  it.each(published)('%i: 立春 %s, 小暑 %s, 立秋 %s', (year, risshun, shosho, risshu) => {
    expect(solarTermDate('risshun', year)).toBe(`${year}-${risshun}`)
    expect(solarTermDate('shosho', year)).toBe(`${year}-${shosho}`)
    expect(solarTermDate('risshu', year)).toBe(`${year}-${risshu}`)
  })

  it('dates a term by Japan time, not UTC: 立秋 2027 is 02:26 on 8 August in Japan, still 7 August in UTC', () => {
    expect(solarTermInstant('risshu', 2027).toISOString().slice(0, 10)).toBe('2027-08-07')
    expect(solarTermDate('risshu', 2027)).toBe('2027-08-08')
  })

  it('agrees to the minute with the published times it was checked against', () => {
    const jst = (date: Date) => new Date(date.getTime() + 9 * 3600_000).toISOString().slice(0, 16)
    // 2021: 23:59 on 3 February, the first 節分 on 2 February in 124 years.
    expect(jst(solarTermInstant('risshun', 2021))).toBe('2021-02-03T23:59')
    expect(jst(solarTermInstant('shosho', 2020))).toBe('2020-07-07T00:14')
    expect(jst(solarTermInstant('risshun', 2025))).toBe('2025-02-03T23:10')
  })

  it('finds every term in every year of the range, in the expected days of its month', () => {
    for (let year = 1900; year <= 2200; year += 1) {
      expect(solarTermDate('risshun', year)).toMatch(new RegExp(`^${year}-02-0[3-5]$`))
      expect(solarTermDate('shosho', year)).toMatch(new RegExp(`^${year}-07-0[6-8]$`))
      expect(solarTermDate('risshu', year)).toMatch(new RegExp(`^${year}-08-0[6-9]$`))
    }
  })
})

describe('the seasonal calendar', () => {
  it('lists the windows of 2026 in calendar order', () => {
    expect(seasonalWindows(2026)).toEqual([
      { kind: 'nenshi', from: '2026-01-01', to: '2026-01-07' },
      { kind: 'kanchu', from: '2026-01-08', to: '2026-02-03' },
      { kind: 'shochu', from: '2026-07-07', to: '2026-08-06' },
      { kind: 'zansho', from: '2026-08-07', to: '2026-08-31' },
      { kind: 'year_end_en', from: '2026-12-01', to: '2026-12-20' },
      { kind: 'nengajo', from: '2026-12-15', to: '2026-12-25' }
    ])
  })

  it('moves with the solar terms: 寒中見舞い ends on 2 February in 2025, 暑中見舞い on 7 August in 2027', () => {
    const window = (year: number, kind: string) => seasonalWindows(year).find((w) => w.kind === kind)
    expect(window(2025, 'kanchu')?.to).toBe('2025-02-02')
    expect(window(2027, 'shochu')).toEqual({ kind: 'shochu', from: '2027-07-07', to: '2027-08-07' })
    expect(window(2027, 'zansho')).toEqual({ kind: 'zansho', from: '2027-08-08', to: '2027-08-31' })
    expect(window(2028, 'shochu')?.from).toBe('2028-07-06')
  })

  it('keeps 松の内 until the 15th when asked, and 寒中見舞い then starts on the 16th', () => {
    const windows = seasonalWindows(2026, { nenshiUntil15th: true })
    expect(windows.slice(0, 2)).toEqual([
      { kind: 'nenshi', from: '2026-01-01', to: '2026-01-15' },
      { kind: 'kanchu', from: '2026-01-16', to: '2026-02-03' }
    ])
  })

  it('has windows that never run backwards and seasons that never overlap, 2025–2035', () => {
    for (const [year] of published) {
      const windows = seasonalWindows(year)
      for (const window of windows) expect(window.from <= window.to).toBe(true)
      const japanese = windows.filter((w) => w.kind !== 'year_end_en' && w.kind !== 'nengajo')
      for (let i = 1; i < japanese.length; i += 1) expect(japanese[i - 1]!.to < japanese[i]!.from).toBe(true)
    }
  })

  it('says which seasons a day falls in', () => {
    expect(seasonsOn('2026-08-06').map((w) => w.kind)).toEqual(['shochu'])
    expect(seasonsOn('2026-08-07').map((w) => w.kind)).toEqual(['zansho'])
    expect(seasonsOn('2026-12-18').map((w) => w.kind)).toEqual(['year_end_en', 'nengajo'])
    expect(seasonsOn('2026-05-01')).toEqual([])
  })

  it.each([1899, 2201, 2026.5, Number.NaN])('refuses year %s', (year) => {
    expect(() => seasonalWindows(year)).toThrow(RangeError)
  })
})
