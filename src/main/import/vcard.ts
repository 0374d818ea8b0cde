import { parseQuickName } from '../../shared/domain/names'
import type { ImportedContact } from './types'
import { emptyContact } from './types'
import { decodeCharset } from './decode'
import { eachOf, runToEnd, scaled, type Steps } from './steps'
import { addLinks, addMilestone, addProblem, appendNote, checkName, cleanReading, cleanText, setEmail } from './fields'

interface Property {
  name: string
  params: Map<string, string>
  value: string
}

interface RawCard {
  row: number
  lines: string[]
  closed: boolean
}

/**
 * Cards cut out of the text: BEGIN…END; a card whose END never comes ends at the next BEGIN or the
 * file's end. A line at a time (the lines of `text.split` on any line break), yielding as it goes.
 */
function* cutCards(text: string): Steps<RawCard[]> {
  const cards: RawCard[] = []
  let current: RawCard | null = null
  const lineBreak = /\r\n|\n|\r/gu
  for (let start = 0, index = 0; ; index++) {
    lineBreak.lastIndex = start
    const found = lineBreak.exec(text)
    const line = text.slice(start, found ? found.index : text.length)
    const bare = line.trim().toUpperCase()
    if (bare === 'BEGIN:VCARD') {
      if (current) cards.push(current)
      current = { row: index + 1, lines: [], closed: false }
    } else if (bare === 'END:VCARD') {
      if (current) cards.push({ ...current, closed: true })
      current = null
    } else if (current) {
      current.lines.push(line)
    }
    if (!found) break
    start = found.index + found[0].length
    yield { phase: 'reading', done: start, total: text.length }
  }
  if (current) cards.push(current)
  return cards
}

/**
 * Logical lines: a line starting with a space or tab continues the previous one (3.0/4.0 folding);
 * a quoted-printable value ending in `=` continues on the next line (2.1).
 */
function unfold(lines: readonly string[]): string[] {
  const result: string[] = []
  let joinNext = false
  for (const line of lines) {
    const last = result.length - 1
    if (last >= 0 && joinNext) {
      result[last] = (result[last] ?? '').slice(0, -1) + line.replace(/^[ \t]/u, '')
    } else if (last >= 0 && /^[ \t]/u.test(line)) {
      result[last] = (result[last] ?? '') + line.slice(1)
    } else {
      result.push(line)
    }
    const current = result[result.length - 1] ?? ''
    joinNext = /QUOTED-PRINTABLE/iu.test(current.split(':', 1)[0] ?? '') && current.endsWith('=')
  }
  return result
}

function parseProperty(line: string): Property | null {
  // The value starts after the first colon outside a quoted parameter value.
  let inQuotes = false
  let colon = -1
  for (let i = 0; i < line.length; i++) {
    const char = line[i]
    if (char === '"') inQuotes = !inQuotes
    else if (char === ':' && !inQuotes) {
      colon = i
      break
    }
  }
  if (colon <= 0) return null
  const [rawName = '', ...rawParams] = line.slice(0, colon).split(';')
  // item1.URL (Apple's groups) is URL.
  const name = rawName.replace(/^[^.]*\./u, '').trim().toUpperCase()
  const params = new Map<string, string>()
  for (const param of rawParams) {
    const equals = param.indexOf('=')
    // 2.1 allows bare parameters: ;QUOTED-PRINTABLE, ;CHARSET is always named.
    if (equals < 0) params.set(param.trim().toUpperCase(), 'true')
    else params.set(param.slice(0, equals).trim().toUpperCase(), param.slice(equals + 1).trim().replace(/^"|"$/gu, ''))
  }
  const value = decodeValue(line.slice(colon + 1), params)
  return { name, params, value }
}

function decodeValue(raw: string, params: Map<string, string>): string {
  const quotedPrintable = params.get('ENCODING')?.toUpperCase() === 'QUOTED-PRINTABLE' || params.has('QUOTED-PRINTABLE')
  if (!quotedPrintable) return raw
  const bytes: number[] = []
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i] ?? ''
    const hex = raw.slice(i + 1, i + 3)
    if (char === '=' && /^[0-9A-F]{2}$/iu.test(hex)) {
      bytes.push(parseInt(hex, 16))
      i += 2
    } else if (char === '=' && i === raw.length - 1) {
      // A soft line break left at the very end.
    } else {
      bytes.push(...new TextEncoder().encode(char))
    }
  }
  return decodeCharset(Uint8Array.from(bytes), params.get('CHARSET') ?? 'utf-8')
}

/** Splits a structured value on unescaped `;` (or `,`), and unescapes `\,` `\;` `\n` `\\`. */
function components(value: string, separator = ';'): string[] {
  const parts: string[] = ['']
  for (let i = 0; i < value.length; i++) {
    const char = value[i] ?? ''
    if (char === '\\' && i + 1 < value.length) {
      const next = value[++i] ?? ''
      parts[parts.length - 1] += next === 'n' || next === 'N' ? '\n' : next
    } else if (char === separator) parts.push('')
    else parts[parts.length - 1] += char
  }
  return parts
}

const text = (value: string) => components(value, '\u0000').join('')

function readCard(card: RawCard): ImportedContact {
  const contact = emptyContact(card.row)
  const properties = unfold(card.lines).filter((line) => line.trim() !== '').map(parseProperty)
  const known = properties.filter((p): p is Property => p !== null)
  if (known.length === 0) {
    addProblem(contact, 'unreadable_card')
    return contact
  }
  if (!card.closed) addProblem(contact, 'unclosed_card')
  const first = (name: string) => known.find((p) => p.name === name)
  const all = (name: string) => known.filter((p) => p.name === name)

  const n = first('N')
  if (n) {
    const [family = '', given = ''] = components(n.value)
    contact.familyName = cleanText(contact, family)
    contact.givenName = cleanText(contact, given)
    const sortAs = n.params.get('SORT-AS')
    if (sortAs) {
      const [familyReading = '', givenReading = ''] = components(sortAs, ',')
      contact.familyNameKana = cleanReading(contact, familyReading)
      contact.givenNameKana = cleanReading(contact, givenReading)
    }
  }
  if (`${contact.familyName}${contact.givenName}` === '') {
    const fn = first('FN')
    if (fn) Object.assign(contact, parseQuickName(cleanText(contact, text(fn.value))))
  }
  const phoneticFamily = first('X-PHONETIC-LAST-NAME')
  const phoneticGiven = first('X-PHONETIC-FIRST-NAME')
  if (phoneticFamily) contact.familyNameKana = cleanReading(contact, text(phoneticFamily.value))
  if (phoneticGiven) contact.givenNameKana = cleanReading(contact, text(phoneticGiven.value))
  // Japanese phones: SOUND;X-IRMC-N:ﾀﾅｶ;ﾀﾛｳ;;;
  const sound = known.find((p) => p.name === 'SOUND' && p.params.has('X-IRMC-N'))
  if (sound && `${contact.familyNameKana}${contact.givenNameKana}` === '') {
    const [family = '', given = ''] = components(sound.value)
    contact.familyNameKana = cleanReading(contact, family)
    contact.givenNameKana = cleanReading(contact, given)
  }
  for (const email of all('EMAIL')) setEmail(contact, text(email.value))
  const org = first('ORG')
  if (org) {
    const [company = '', department = ''] = components(org.value)
    contact.company = cleanText(contact, company)
    contact.department = cleanText(contact, department)
  }
  const title = first('TITLE') ?? first('ROLE')
  if (title) contact.headline = cleanText(contact, text(title.value))
  for (const url of [...all('URL'), ...all('X-SOCIALPROFILE')]) addLinks(contact, text(url.value))
  for (const note of all('NOTE')) appendNote(contact, text(note.value))
  for (const bday of all('BDAY')) addMilestone(contact, 'birthday', dateValue(bday), 'Birthday')
  for (const anniversary of [...all('ANNIVERSARY'), ...all('X-ANNIVERSARY')]) addMilestone(contact, 'other', dateValue(anniversary), 'Anniversary')
  checkName(contact)
  // No name, and lines that are not properties: the card is garbled, not merely nameless.
  if (contact.problems.includes('no_name') && properties.includes(null)) {
    contact.problems = contact.problems.map((problem) => (problem === 'no_name' ? 'unreadable_card' : problem))
  }
  return contact
}

/** Apple writes a year-less date as 1604-MM-DD with X-APPLE-OMIT-YEAR=1604. */
function dateValue(property: Property): string {
  const omitted = property.params.get('X-APPLE-OMIT-YEAR')
  if (omitted && property.value.startsWith(omitted)) return `--${property.value.slice(omitted.length).replace(/^-/u, '')}`
  return property.value
}

/** vCard 2.1, 3.0 and 4.0: one contact per card, in the file's order. */
export function parseVCard(source: string): ImportedContact[] {
  return runToEnd(vCardSteps(source))
}

/** parseVCard in steps: the text cut into cards is the first tenth of the reading, the cards the rest. */
export function* vCardSteps(source: string): Steps<ImportedContact[]> {
  const cards = yield* scaled(cutCards(source.replace(/^\uFEFF/u, '')), 0, 100)
  return yield* scaled(eachOf(cards, readCard, 'reading'), 100, 1000)
}
