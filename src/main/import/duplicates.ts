import { candidateKeys, type MatchCandidate } from '../../shared/domain/attendees'
import { blockingProblems, type ImportAction, type MatchReason } from '../../shared/domain/imports'
import type { LinkKind } from '../../shared/domain/people'
import { runToEnd, type Steps } from './steps'
import type { ImportedContact } from './types'

/** Someone already in People (outside the trash), as duplicate detection needs them. */
export interface ExistingPerson extends MatchCandidate {
  email: string
  links: Partial<Record<LinkKind, string>>
}

export interface Match {
  personId: string
  reason: MatchReason
}

export interface RowVerdict {
  row: number
  /** Existing people this row may be, strongest reason first, each person once. */
  matches: Match[]
  /** An earlier row of the same file this one repeats (same email, link or name). */
  sameAsRow: number | null
  /** The earlier row has exactly the same fields. */
  exactRepeat: boolean
  /** What the preview proposes. */
  action: ImportAction
  /** For a merge: whom. */
  targetId: string | null
}

/** An address compared without case. */
export const emailKey = (email: string): string => email.trim().toLowerCase()

/**
 * A profile link compared loosely: any scheme, no www., no query or fragment, no trailing slash,
 * no case: https://www.linkedin.com/in/Taro/ = http://linkedin.com/in/taro.
 */
export function linkKey(url: string): string {
  try {
    const parsed = new URL(url)
    const host = parsed.hostname.toLowerCase().replace(/^www\./u, '')
    const path = decodeURIComponent(parsed.pathname).replace(/\/+$/u, '').toLowerCase()
    return `${host}${path}`
  } catch {
    return url.trim().toLowerCase()
  }
}

class Index {
  private readonly map = new Map<string, string[]>()
  add(key: string, id: string) {
    if (key === '') return
    const ids = this.map.get(key)
    if (!ids) this.map.set(key, [id])
    else if (!ids.includes(id)) ids.push(id)
  }
  get(key: string): string[] {
    return key === '' ? [] : (this.map.get(key) ?? [])
  }
}

const contactKeys = (contact: ImportedContact) => ({
  emails: contact.email ? [emailKey(contact.email)] : [],
  links: Object.values(contact.links).map(linkKey),
  names: candidateKeys({ id: '', nameOrder: 'auto', ...contact })
})

// Every field but the row number and the problems, cheaply (10,000 rows).
const fingerprint = (c: ImportedContact) =>
  JSON.stringify([c.familyName, c.givenName, c.familyNameKana, c.givenNameKana, c.email, c.company, c.department, c.headline, c.links, c.milestones, c.connectedOn, c.notes])

/** Whether a row can be imported at all. */
export const importable = (contact: ImportedContact): boolean => !contact.problems.some((p) => blockingProblems.includes(p))

/**
 * Likely duplicates of each row, among existing people and among the file's earlier rows, and the
 * proposed action: skip a row that repeats an earlier one exactly; merge into the one existing
 * person the email or profile link points to; create otherwise (a name alone is only pointed out).
 * Indexes are built once: 10,000 rows against 10,000 people stay in milliseconds.
 */
export function findDuplicates(contacts: readonly ImportedContact[], existing: readonly ExistingPerson[]): RowVerdict[] {
  return runToEnd(findDuplicatesSteps(contacts, existing))
}

/** findDuplicates in steps: the people indexed, then each row; `done` counts both. */
export function* findDuplicatesSteps(contacts: readonly ImportedContact[], existing: readonly ExistingPerson[]): Steps<RowVerdict[]> {
  const total = existing.length + contacts.length
  const byEmail = new Index()
  const byLink = new Index()
  const byName = new Index()
  for (const [index, person] of existing.entries()) {
    byEmail.add(emailKey(person.email), person.id)
    for (const url of Object.values(person.links)) if (url) byLink.add(linkKey(url), person.id)
    for (const key of candidateKeys(person)) byName.add(key, person.id)
    yield { phase: 'matching', done: index, total }
  }
  const rowsByEmail = new Index()
  const rowsByLink = new Index()
  const rowsByName = new Index()
  const rowsByPrint = new Map<string, number>()

  const verdicts: RowVerdict[] = []
  for (const [index, contact] of contacts.entries()) {
    const keys = contactKeys(contact)
    const matches: Match[] = []
    const add = (ids: string[], reason: MatchReason) => {
      for (const personId of ids) if (!matches.some((m) => m.personId === personId)) matches.push({ personId, reason })
    }
    keys.emails.forEach((key) => add(byEmail.get(key), 'email'))
    keys.links.forEach((key) => add(byLink.get(key), 'link'))
    const strong = matches.length
    // The written name in either order or its reading; a reading alone matches only a reading.
    keys.names.forEach((key) => add(byName.get(key), 'name'))

    const print = fingerprint(contact)
    const exactRow = rowsByPrint.get(print)
    const earlier = [
      ...keys.emails.flatMap((key) => rowsByEmail.get(key)),
      ...keys.links.flatMap((key) => rowsByLink.get(key)),
      ...keys.names.flatMap((key) => rowsByName.get(key))
    ].map(Number)
    const sameAsRow = exactRow ?? (earlier.length > 0 ? Math.min(...earlier) : null)

    let action: ImportAction = 'create'
    let targetId: string | null = null
    if (!importable(contact) || exactRow !== undefined) action = 'skip'
    else if (strong === 1) {
      action = 'merge'
      targetId = matches[0]?.personId ?? null
    }
    if (importable(contact)) {
      if (exactRow === undefined) rowsByPrint.set(print, contact.row)
      const row = String(contact.row)
      keys.emails.forEach((key) => rowsByEmail.add(key, row))
      keys.links.forEach((key) => rowsByLink.add(key, row))
      keys.names.forEach((key) => rowsByName.add(key, row))
    }
    verdicts.push({ row: contact.row, matches, sameAsRow, exactRepeat: exactRow !== undefined, action, targetId })
    yield { phase: 'matching', done: existing.length + index, total }
  }
  return verdicts
}

