import type { ImportFormat } from '../../shared/domain/imports'

const linkedInHeader = /^\s*"?First Name"?,"?Last Name"?,"?URL"?,/imu

/**
 * Which kind of file this is, from its first lines, or null for anything else (a spreadsheet of
 * something else, a JSON file, a Markdown note).
 */
export function detectFormat(text: string): ImportFormat | null {
  const head = text.replace(/^\uFEFF/u, '').slice(0, 8192)
  if (/^\s*BEGIN:VCARD\s*$/imu.test(head)) return 'vcard'
  if (linkedInHeader.test(head)) return 'linkedin'
  const firstLine = head.split(/\r\n|\n|\r/u, 1)[0] ?? ''
  const columns = firstLine.split(',').map((cell) => cell.trim().replace(/^"|"$/gu, '').toLowerCase())
  const has = (name: string) => columns.includes(name)
  const named = (has('first name') && has('last name')) || (has('given name') && has('family name')) || has('name')
  const google = columns.some((column) => /^(e-mail|phone|organization|website) 1 - /u.test(column)) || has('phonetic first name') || has('given name yomi') || has('labels') || has('group membership')
  if (named && google) return 'google'
  return null
}
