import type { ImportedContact } from './types'
import { emptyContact } from './types'
import { addLinks, addProblem, checkName, cleanText, parseDate, setEmail } from './fields'
import { headerIndex, MalformedFileError, readCsvSteps } from './csv'
import { eachOf, runToEnd, scaled, type Steps } from './steps'

/**
 * LinkedIn's Connections.csv: a few "Notes:" lines, then
 * `First Name,Last Name,URL,Email Address,Company,Position,Connected On`, dates like `24 Aug 2023`.
 */
export function parseLinkedIn(text: string): ImportedContact[] {
  return runToEnd(linkedInSteps(text))
}

/** parseLinkedIn in steps: the CSV read is the first half of the reading, the rows the second. */
export function* linkedInSteps(text: string): Steps<ImportedContact[]> {
  const records = yield* scaled(readCsvSteps(text), 0, 500)
  const headerAt = records.findIndex((record) => record.cells[0]?.trim() === 'First Name' && record.cells[1]?.trim() === 'Last Name')
  const header = records[headerAt]
  if (!header) throw new MalformedFileError('No LinkedIn header row')
  const column = headerIndex(header.cells)
  const cell = (cells: string[], name: string) => cells[column(name)] ?? ''
  const rows = records.slice(headerAt + 1)
  return yield* scaled(eachOf(rows, ({ row, cells }) => {
    const contact = emptyContact(row)
    contact.givenName = cleanText(contact, cell(cells, 'First Name'))
    contact.familyName = cleanText(contact, cell(cells, 'Last Name'))
    addLinks(contact, cell(cells, 'URL'))
    setEmail(contact, cell(cells, 'Email Address'))
    contact.company = cleanText(contact, cell(cells, 'Company'))
    contact.headline = cleanText(contact, cell(cells, 'Position'))
    const connected = cell(cells, 'Connected On').trim()
    if (connected !== '') {
      const date = parseDate(connected)
      if (date && !date.startsWith('--')) contact.connectedOn = date
      else addProblem(contact, 'bad_date')
    }
    checkName(contact)
    return contact
  }, 'reading'), 500, 1000)
}
