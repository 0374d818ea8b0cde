import type { MilestoneKind } from './people'

/** Kinds that come back every year; the others are congratulated once, on the day itself. */
export const yearlyMilestoneKinds: readonly MilestoneKind[] = ['birthday', 'work_anniversary', 'other']

export interface MilestoneDate {
  /** Null for a year-less date (`--MM-DD`), as a birthday often is. */
  year: number | null
  month: number
  day: number
}

const fullDate = /^(\d{4})-(\d{2})-(\d{2})$/
const yearless = /^--(\d{2})-(\d{2})$/

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()

/** Reads `YYYY-MM-DD` or `--MM-DD`; null for anything else or a day that does not exist (29 February is allowed year-less). */
export function parseMilestoneDate(value: string): MilestoneDate | null {
  const full = fullDate.exec(value)
  const short = yearless.exec(value)
  const date = full
    ? { year: Number(full[1]), month: Number(full[2]), day: Number(full[3]) }
    : short
      ? { year: null, month: Number(short[1]), day: Number(short[2]) }
      : null
  if (!date || date.month < 1 || date.month > 12 || date.day < 1) return null
  // A year-less date is checked against a leap year, so --02-29 is a real birthday.
  return date.day <= daysIn(date.year ?? 2000, date.month) ? date : null
}

/** The day a milestone is marked in a given year: 29 February falls on 28 February in other years. */
export function anniversaryIn(date: MilestoneDate, year: number): string {
  const day = date.month === 2 && date.day === 29 && !isLeap(year) ? 28 : date.day
  return `${String(year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/** Whether a local date (YYYY-MM-DD) is the anniversary of a milestone date; never before the date itself. */
export function isAnniversary(milestoneDate: string, today: string): boolean {
  const date = parseMilestoneDate(milestoneDate)
  const year = Number(today.slice(0, 4))
  if (!date || (date.year !== null && year <= date.year)) return false
  return anniversaryIn(date, year) === today
}

/**
 * Whether to congratulate today: yearly kinds (and any year-less date) on their anniversary, a
 * job change, promotion or publication on the day it happens.
 */
export function milestoneDueOn(kind: MilestoneKind, milestoneDate: string, today: string): boolean {
  const date = parseMilestoneDate(milestoneDate)
  if (!date) return false
  if (date.year !== null && !yearlyMilestoneKinds.includes(kind)) return milestoneDate === today
  return isAnniversary(milestoneDate, today)
}

/** Completed years since a dated milestone (the 10 of "10 years at Sony"); null when year-less or still ahead. */
export function yearsSince(milestoneDate: string, today: string): number | null {
  const date = parseMilestoneDate(milestoneDate)
  if (!date || date.year === null) return null
  const year = Number(today.slice(0, 4))
  const years = today >= anniversaryIn(date, year) ? year - date.year : year - date.year - 1
  return years < 0 ? null : years
}
