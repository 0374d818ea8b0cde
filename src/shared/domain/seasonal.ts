import { SearchSunLongitude } from 'astronomy-engine'
import { addDays } from './dates'

/** Greeting seasons, Japanese customs first; `year_end_en` is the English year-end greeting. */
export const seasonalKinds = ['nenshi', 'kanchu', 'shochu', 'zansho', 'year_end_en', 'nengajo'] as const
export type SeasonalKind = (typeof seasonalKinds)[number]

/** One season's window: local dates (YYYY-MM-DD), both ends included. */
export interface SeasonalWindow {
  kind: SeasonalKind
  from: string
  to: string
}

/** Years the calendar answers for; the solar-term search is checked well beyond them. */
export const seasonalYearRange = { min: 1900, max: 2200 } as const

/** The solar terms (二十四節気) the seasons hang on: the Sun's apparent ecliptic longitude, in degrees. */
export const solarTerms = {
  risshun: { longitude: 315, month: 2 },
  shosho: { longitude: 105, month: 7 },
  risshu: { longitude: 135, month: 8 }
} as const
export type SolarTerm = keyof typeof solarTerms

// The almanac (暦要項) dates solar terms in Japan Standard Time, UTC+9, whatever zone the user is in.
const japanOffsetMs = 9 * 60 * 60 * 1000

const pad = (value: number, width = 2) => String(value).padStart(width, '0')

function checkYear(year: number) {
  if (!Number.isInteger(year) || year < seasonalYearRange.min || year > seasonalYearRange.max) {
    throw new RangeError(`No seasonal calendar for year ${year}`)
  }
}

/**
 * The instant the Sun reaches a solar term's longitude in a year. Every such term falls within a
 * few days of the 3rd–9th of its month, so a search from the 20th of the month before is safe.
 */
export function solarTermInstant(term: SolarTerm, year: number): Date {
  checkYear(year)
  const { longitude, month } = solarTerms[term]
  const start = new Date(Date.UTC(year, month - 2, 20))
  const found = SearchSunLongitude(longitude, start, 25)
  if (!found) throw new Error(`The Sun did not reach ${longitude}° in ${year}`)
  return found.date
}

/** The day of a solar term in Japan (YYYY-MM-DD), as the National Astronomical Observatory dates it. */
export function solarTermDate(term: SolarTerm, year: number): string {
  return new Date(solarTermInstant(term, year).getTime() + japanOffsetMs).toISOString().slice(0, 10)
}

export interface SeasonalOptions {
  /** 松の内 until the 15th (as in much of Kansai) rather than the 7th. */
  nenshiUntil15th?: boolean
}

/**
 * The greeting windows of a year in calendar order. 寒中見舞い starts the day after 松の内 and ends
 * the day before 立春 (節分); 暑中見舞い runs from 小暑 to the day before 立秋; 残暑見舞い from 立秋
 * to the end of August. The dates are the same for every user: they are Japan's customs.
 */
export function seasonalWindows(year: number, options: SeasonalOptions = {}): SeasonalWindow[] {
  checkYear(year)
  const y = pad(year, 4)
  const matsunouchiEnd = options.nenshiUntil15th ? 15 : 7
  const risshu = solarTermDate('risshu', year)
  return [
    { kind: 'nenshi', from: `${y}-01-01`, to: `${y}-01-${pad(matsunouchiEnd)}` },
    { kind: 'kanchu', from: `${y}-01-${pad(matsunouchiEnd + 1)}`, to: addDays(solarTermDate('risshun', year), -1) },
    { kind: 'shochu', from: solarTermDate('shosho', year), to: addDays(risshu, -1) },
    { kind: 'zansho', from: risshu, to: `${y}-08-31` },
    { kind: 'year_end_en', from: `${y}-12-01`, to: `${y}-12-20` },
    { kind: 'nengajo', from: `${y}-12-15`, to: `${y}-12-25` }
  ]
}

/** The windows that include a local date (several may: year-end and 年賀状 overlap in December). */
export function seasonsOn(date: string, options: SeasonalOptions = {}): SeasonalWindow[] {
  const year = Number(date.slice(0, 4))
  return seasonalWindows(year, options).filter((window) => window.from <= date && date <= window.to)
}

