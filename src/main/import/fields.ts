import { limits } from '../../shared/domain/limits'
import type { LinkKind, MilestoneKind } from '../../shared/domain/people'
import type { ImportedContact } from './types'

/** Text as a field keeps it: NFC, one line, trimmed, at most the field's length (noted when cut). */
export function cleanText(contact: ImportedContact, raw: string | undefined, max: number = limits.shortText): string {
  // eslint-disable-next-line no-control-regex -- control characters become spaces
  const text = (raw ?? '').normalize('NFC').replace(/[\u0000-\u001f\u007f]+/gu, ' ').replace(/\s+/gu, ' ').trim()
  if (text.length <= max) return text
  addProblem(contact, 'too_long')
  return text.slice(0, max)
}

/** A reading: width-folded (ﾀﾅｶ → タナカ), one line. */
export const cleanReading = (contact: ImportedContact, raw: string | undefined): string =>
  cleanText(contact, (raw ?? '').normalize('NFKC'))

export function addProblem(contact: ImportedContact, problem: ImportedContact['problems'][number]): void {
  if (!contact.problems.includes(problem)) contact.problems.push(problem)
}

const emailPattern = /^[^\s@"<>()[\]\\,;:]+@[^\s@"<>()[\]\\,;:]+\.[^\s@"<>()[\]\\,;:]+$/u

/** The first well-formed address of one or more (` ::: ` joins several in Google's CSV). */
export function setEmail(contact: ImportedContact, raw: string | undefined): void {
  if (contact.email !== '') return
  const values = (raw ?? '').split(':::').map((value) => value.trim().replace(/^mailto:/iu, '')).filter((value) => value !== '')
  const good = values.find((value) => emailPattern.test(value) && value.length <= limits.shortText)
  if (good) contact.email = good
  else if (values.length > 0) addProblem(contact, 'bad_email')
}

/** Which kind of link a profile URL is, by its host. */
export function linkKindOf(url: URL): LinkKind {
  const host = url.hostname.toLowerCase().replace(/^www\./u, '')
  if (host === 'linkedin.com' || host.endsWith('.linkedin.com')) return 'linkedin'
  if (host === 'github.com') return 'github'
  if (host === 'x.com' || host === 'twitter.com') return 'x'
  return 'site'
}

/** Web links (http/https only) into the person's links, one per kind, the first of each kind kept. */
export function addLinks(contact: ImportedContact, raw: string | undefined): void {
  for (const value of (raw ?? '').split(':::').map((part) => part.trim()).filter((part) => part !== '')) {
    const text = /^[a-z][a-z0-9+.-]*:/iu.test(value) ? value : `https://${value}`
    let url: URL
    try {
      url = new URL(text)
    } catch {
      addProblem(contact, 'bad_link')
      continue
    }
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.hostname === '' || !url.hostname.includes('.') || text.length > limits.mediumText) {
      addProblem(contact, 'bad_link')
      continue
    }
    const kind = linkKindOf(url)
    contact.links[kind] ??= text
  }
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

const pad = (value: number, length = 2) => String(value).padStart(length, '0')

function realDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || year < 1000 || year > 9999) return false
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** A date with or without its year: `YYYY-MM-DD`, `--MM-DD`, or null when it cannot be read. */
export function parseDate(raw: string): string | null {
  const text = raw.trim()
  // LinkedIn: 24 Aug 2023 (older exports: 24-Aug-23).
  const named = /^(\d{1,2})[\s-]([A-Za-z]{3})[a-z]*[\s-](\d{2}|\d{4})$/u.exec(text)
  if (named) {
    const month = months.indexOf((named[2] ?? '').toLowerCase()) + 1
    const shortYear = Number(named[3])
    const year = (named[3] ?? '').length === 2 ? 2000 + shortYear : shortYear
    const day = Number(named[1])
    return realDate(year, month, day) ? `${pad(year, 4)}-${pad(month)}-${pad(day)}` : null
  }
  // ISO and vCard: 1985-04-12, 19850412, 1985/4/12, with a time after it; --04-12, --0412.
  const full = /^(\d{4})[-/]?(\d{1,2})[-/]?(\d{1,2})(?:[T\s].*)?$/u.exec(text)
  if (full) {
    const [year, month, day] = [Number(full[1]), Number(full[2]), Number(full[3])]
    return realDate(year, month, day) ? `${pad(year, 4)}-${pad(month)}-${pad(day)}` : null
  }
  const yearless = /^--(\d{2})-?(\d{2})$/u.exec(text)
  if (yearless) {
    const [month, day] = [Number(yearless[1]), Number(yearless[2])]
    return realDate(2000, month, day) ? `--${pad(month)}-${pad(day)}` : null
  }
  return null
}

/**
 * A birthday or anniversary. A person's milestone needs a full date (the contract's localDate), so a
 * year-less one is kept as a line in the notes and reported; an unreadable one is reported.
 */
export function addMilestone(contact: ImportedContact, kind: MilestoneKind, raw: string | undefined, label: string): void {
  const text = (raw ?? '').trim()
  if (text === '') return
  const date = parseDate(text)
  if (date === null) {
    addProblem(contact, 'bad_date')
    return
  }
  if (date.startsWith('--')) {
    addProblem(contact, 'yearless_date')
    appendNote(contact, `${label}: ${date.slice(2)}`)
    return
  }
  const note = kind === 'other' ? label : ''
  if (!contact.milestones.some((m) => m.kind === kind && m.date === date)) contact.milestones.push({ kind, date, note })
}

export function appendNote(contact: ImportedContact, text: string): void {
  const clean = text.normalize('NFC').replace(/\r\n?/gu, '\n').trim()
  if (clean === '') return
  contact.notes = contact.notes === '' ? clean : `${contact.notes}\n${clean}`
}

/** Whether the row names someone: a family or a given name. */
export function checkName(contact: ImportedContact): void {
  if (`${contact.familyName}${contact.givenName}`.trim() === '') addProblem(contact, 'no_name')
}
