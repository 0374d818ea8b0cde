import { describe, expect, it } from 'vitest'
import { csvCell, toCsv } from '../../../src/shared/domain/csv'
import { greetingsOn, receivesGreeting, type GreetingPerson } from '../../../src/shared/domain/greetings'
import { reiwaYear, seasonalDraft } from '../../../src/shared/domain/seasonal-drafts'

const tanaka: GreetingPerson = { familyName: '田中', givenName: '一郎', nameOrder: 'auto', stage: 'met', preferredLanguage: null, greetings: null, mourningYear: null }
const alex: GreetingPerson = { familyName: 'Kim', givenName: 'Alex', nameOrder: 'auto', stage: 'ongoing', preferredLanguage: 'en', greetings: null, mourningYear: null }

describe('who receives seasonal greetings', () => {
  it('defaults to people met or ongoing who write in Japanese; the toggle overrides it', () => {
    expect(greetingsOn(tanaka)).toBe(true)
    expect(greetingsOn({ ...tanaka, stage: 'discovered' })).toBe(false)
    expect(greetingsOn(alex)).toBe(false)
    expect(greetingsOn({ ...alex, greetings: true })).toBe(true)
    expect(greetingsOn({ ...tanaka, greetings: false })).toBe(false)
  })

  it('sends Japanese customs in Japanese and the year-end greeting in English', () => {
    expect(receivesGreeting('shochu', 2026, tanaka)).toBe(true)
    expect(receivesGreeting('year_end_en', 2026, tanaka)).toBe(false)
    expect(receivesGreeting('year_end_en', 2026, { ...alex, greetings: true })).toBe(true)
    expect(receivesGreeting('shochu', 2026, { ...alex, greetings: true })).toBe(false)
  })

  it('in mourning (喪中): no New Year card or greeting, a 寒中見舞い instead', () => {
    const mourning = { ...tanaka, mourningYear: 2026 }
    expect(receivesGreeting('nengajo', 2026, mourning)).toBe(false)
    expect(receivesGreeting('nenshi', 2027, mourning)).toBe(false)
    expect(receivesGreeting('kanchu', 2027, mourning)).toBe(true)
    expect(receivesGreeting('kanchu', 2027, tanaka)).toBe(false)
    expect(receivesGreeting('nengajo', 2027, mourning)).toBe(true)
    expect(receivesGreeting('shochu', 2026, mourning)).toBe(true)
  })

  it('leaves out a 残暑見舞い for whoever was sent a 暑中見舞い', () => {
    expect(receivesGreeting('zansho', 2026, tanaka, true)).toBe(false)
    expect(receivesGreeting('zansho', 2026, tanaka, false)).toBe(true)
  })
})

describe('seasonal drafts', () => {
  it('opens each season with its own phrase and closes with its date line', () => {
    expect(seasonalDraft('shochu', 2026, tanaka)).toMatch(/^暑中お見舞い申し上げます\n[\s\S]*令和8年 盛夏$/u)
    expect(seasonalDraft('zansho', 2026, tanaka)).toMatch(/^残暑お見舞い申し上げます\n[\s\S]*晩夏$/u)
    expect(seasonalDraft('kanchu', 2027, tanaka, true)).toContain('ご服喪中と伺い')
    expect(seasonalDraft('nengajo', 2026, tanaka)).toMatch(/令和9年 元旦$/u)
    expect(seasonalDraft('nenshi', 2027, tanaka).startsWith('田中さん\n\nあけましておめでとうございます。')).toBe(true)
    expect(seasonalDraft('year_end_en', 2026, alex)).toContain('a good start to 2027')
    expect(reiwaYear(2019)).toBe('令和元年')
  })
})

describe('CSV for labels', () => {
  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+81 3 1234', "'+81 3 1234"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['東京都渋谷区1-2-3', '東京都渋谷区1-2-3'],
    ['a,b', '"a,b"'],
    ['line\nbreak', '"line\nbreak"']
  ])('writes %j as %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell)
  })

  it('starts with a byte-order mark and ends rows with CRLF', () => {
    expect(toCsv([['名前', '住所'], ['田中 一郎', '東京都']])).toBe('\uFEFF名前,住所\r\n田中 一郎,東京都\r\n')
  })
})
