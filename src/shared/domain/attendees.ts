/**
 * Attendee names pasted from a connpass or Meetup page, and matching them against People.
 * What a paste is cut into, and what is dropped on purpose:
 * - entries: lines, commas (, 、 ，) and tabs; "Tanaka, Taro" therefore gives two entries;
 * - a tab-separated line that starts with a row number ("1\tTaro Tanaka\tEngineer") is a table
 *   row: only its first name-like cell is kept, the rest (role, company, comment) is dropped;
 * - bullets (- * ・ • ●…), numbering ("1." "(2)" "3)"), a leading @handle, a trailing
 *   "(@handle)", and the honorifics さん, 様, 氏 are removed from an entry;
 * - entries that are only a handle, a number, a URL or an e-mail address, and the headings and
 *   roles these pages show ("参加者一覧（42人）", "一般枠（抽選）", "Organizer", "See all"), are dropped;
 * - duplicates (by nameKey), and anything after the first 200 names.
 */
import type { NameOrder } from './people'
import { toHiragana } from './name-search'

export const maxAttendeeNames = 200

// A name this long is a comment or a sentence that came along with the copy.
const maxNameLength = 60

const bullet = /^(?:[-*+>・•●○◦‣▪■□◆◇]|[0-9]+[.):]|[0-9]+(?=\s)|\([0-9]+\)|#[0-9]+)\s*/u
// Circled numbers (①) would turn into plain digits glued to the name under NFKC.
const circled = /^\s*[\u2460-\u24ff\u2776-\u2793]/u
const leadingHandle = /^@\S+\s*/u
const trailingHandle = /\s*\(\s*@[^\s)]+\s*\)$|\s+@\S+$/u
const honorific = /\s*(?:さん|様|さま|氏)$/u
const headings =
  /^(?:参加者一覧|参加者|申込者一覧|申込者|補欠者|キャンセル者|主催者|管理者|運営|登壇者|発表者|一般参加者?|一般枠|attendees?|participants?|going|waitlist|organizers?|co-organizers?|event hosts?|hosts?|members?|speakers?)\s*(?:[(（]?\s*[0-9]+\s*(?:人|名|people)?\s*[)）]?)?$/iu
const countOnly = /^[0-9]+\s*(?:人|名|attendees?|people|going)$|^(?:定員)?[\s0-9/:人名]+$/iu
// connpass groups attendees by 枠 (一般枠（抽選）, LT枠); Meetup adds links to see more.
const pageChrome = /枠|^(?:see all|show all|show more|もっと見る|すべて表示|全て表示)$/iu
const notAName = /^[\p{N}\p{P}\p{S}\s]*$/u

/** An entry cleaned of list marks, handles and honorifics; '' when nothing name-like is left. */
function cleanEntry(raw: string): string {
  let text = raw.replace(circled, '').normalize('NFKC').replace(/\s+/gu, ' ').trim()
  for (let previous = ''; previous !== text; ) {
    previous = text
    text = text.replace(bullet, '').replace(leadingHandle, '').replace(trailingHandle, '').trim()
  }
  const withoutHonorific = text.replace(honorific, '').trim()
  if (withoutHonorific !== '') text = withoutHonorific
  if (text.length > maxNameLength || notAName.test(text)) return ''
  if (headings.test(text) || countOnly.test(text) || pageChrome.test(text)) return ''
  if (/^https?:|:\/\/|^[^\s@]+@[^\s@]+\.[^\s@]+$/iu.test(text)) return ''
  return text
}

function entriesOf(line: string): string[] {
  const cells = line.split('\t')
  if (cells.length > 1 && /^\s*[0-9０-９]+[.)]?\s*$/u.test(cells[0] ?? '')) {
    const name = cells.slice(1).map(cleanEntry).find((cell) => cell !== '')
    return name ? [name] : []
  }
  return cells.flatMap((cell) => cell.split(/[,、，]/u)).map(cleanEntry)
}

/**
 * Names pasted from a connpass/Meetup page or typed one per line: split on newlines, commas
 * (, 、，), tabs; trimmed; honorifics (さん, 様, 氏) and leading @handles / bullet marks /
 * numbering removed; empties and duplicates (after normalising) dropped; at most 200.
 */
export function parseAttendeeNames(text: string): string[] {
  const names: string[] = []
  const seen = new Set<string>()
  for (const line of text.split(/\r\n|[\n\r\u2028\u2029]/u)) {
    for (const name of entriesOf(line)) {
      const key = nameKey(name)
      if (key === '' || seen.has(key)) continue
      seen.add(key)
      names.push(name)
      if (names.length === maxAttendeeNames) return names
    }
  }
  return names
}

export interface MatchCandidate {
  id: string
  familyName: string
  givenName: string
  familyNameKana: string
  givenNameKana: string
  nameOrder: NameOrder
}

/**
 * A key to compare names by: NFKC, lower case, hiragana, no spaces. Exported for an index: the
 * service builds a Map<key, ids> once for 10,000 people.
 */
export function nameKey(text: string): string {
  // The katakana middle dot separates foreign names (ジョン・スミス) as a space would.
  return toHiragana(text.normalize('NFKC').toLowerCase()).replace(/[\s・･]+/gu, '')
}

/** family+given, given+family, and the reading in both orders; no empties, no duplicates. */
export function candidateKeys(person: MatchCandidate): string[] {
  const pairs = [
    [person.familyName, person.givenName],
    [person.familyNameKana, person.givenNameKana]
  ]
  const keys = pairs.flatMap(([family = '', given = '']) => [nameKey(family + given), nameKey(given + family)])
  return [...new Set(keys.filter((key) => key !== ''))]
}

/**
 * The people a pasted name matches: in either name order, with or without spaces (incl. the
 * ideographic space), case- and width-insensitive (NFKC), katakana = hiragana, or by the reading.
 * Exact matches only (no fuzzy).
 */
export function matchAttendee(name: string, people: readonly MatchCandidate[]): string[] {
  const key = nameKey(name)
  if (key === '') return []
  return people.filter((person) => candidateKeys(person).includes(key)).map((person) => person.id)
}
