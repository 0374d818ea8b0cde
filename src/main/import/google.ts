import { parseQuickName } from '../../shared/domain/names'
import type { ImportedContact } from './types'
import { emptyContact } from './types'
import { addLinks, addMilestone, appendNote, checkName, cleanReading, cleanText, setEmail } from './fields'
import { headerIndex, MalformedFileError, readCsvSteps } from './csv'
import { eachOf, runToEnd, scaled, type Steps } from './steps'

/**
 * Google Contacts CSV, old ("Given Name", "Family Name Yomi", "E-mail 1 - Value") and new ("First
 * Name", "Phonetic Last Name", "Organization Name") layouts, mapped by header name; several values
 * in one cell are joined with ` ::: `; notes may span lines.
 */
export function parseGoogle(text: string): ImportedContact[] {
  return runToEnd(googleSteps(text))
}

/** parseGoogle in steps: the CSV read is the first half of the reading, the rows the second. */
export function* googleSteps(text: string): Steps<ImportedContact[]> {
  const [header, ...records] = yield* scaled(readCsvSteps(text), 0, 500)
  if (!header) throw new MalformedFileError('No header row')
  const column = headerIndex(header.cells)
  const numbered = (pattern: RegExp) => header.cells.flatMap((name, index) => (pattern.test(name.trim()) ? [index] : []))
  const emailColumns = numbered(/^E-mail \d+ - Value$/iu)
  const websiteColumns = numbered(/^Website \d+ - Value$/iu)
  const eventColumns = numbered(/^Event \d+ - Value$/iu)
  return yield* scaled(eachOf(records, ({ row, cells }) => {
    const get = (...names: string[]) => {
      for (const name of names) {
        const value = cells[column(name)]
        if (value !== undefined && value.trim() !== '') return value
      }
      return ''
    }
    const contact = emptyContact(row)
    contact.givenName = cleanText(contact, get('First Name', 'Given Name'))
    contact.familyName = cleanText(contact, get('Last Name', 'Family Name'))
    if (`${contact.givenName}${contact.familyName}` === '') {
      const whole = parseQuickName(cleanText(contact, get('Name', 'File As', 'Nickname')))
      contact.givenName = whole.givenName
      contact.familyName = whole.familyName
    }
    contact.givenNameKana = cleanReading(contact, get('Phonetic First Name', 'Given Name Yomi'))
    contact.familyNameKana = cleanReading(contact, get('Phonetic Last Name', 'Family Name Yomi'))
    for (const index of emailColumns) setEmail(contact, cells[index])
    contact.company = cleanText(contact, firstValue(get('Organization Name', 'Organization 1 - Name')))
    contact.headline = cleanText(contact, firstValue(get('Organization Title', 'Organization 1 - Title')))
    contact.department = cleanText(contact, firstValue(get('Organization Department', 'Organization 1 - Department')))
    for (const index of websiteColumns) addLinks(contact, cells[index])
    addMilestone(contact, 'birthday', get('Birthday'), 'Birthday')
    for (const index of eventColumns) {
      const label = (cells[index - 1] ?? '').trim() || 'Anniversary'
      addMilestone(contact, /birthday|誕生日/iu.test(label) ? 'birthday' : 'other', cells[index], label)
    }
    appendNote(contact, get('Notes'))
    checkName(contact)
    return contact
  }, 'reading'), 500, 1000)
}

const firstValue = (cell: string) => cell.split(':::')[0] ?? ''
