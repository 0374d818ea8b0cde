import { maxImportBytes, type ImportEncoding, type ImportFileFailure, type ImportFormat } from '../../shared/domain/imports'
import { MalformedFileError } from './csv'
import { decodeTextSteps } from './decode'
import { detectFormat } from './detect'
import { googleSteps } from './google'
import { linkedInSteps } from './linkedin'
import { runToEnd, type Steps } from './steps'
import type { ImportedContact } from './types'
import { vCardSteps } from './vcard'

export type { ImportFileFailure }

/** Why a whole file is refused; the UI and the command line say it in plain words. */

export const importFileMessages: Record<ImportFileFailure, string> = {
  unreadable: 'The file cannot be read',
  too_large: 'The file is larger than 50 MB',
  not_text: 'The file is not text in UTF-8 or Shift_JIS',
  unknown_format: 'The file is not a LinkedIn Connections.csv, a Google Contacts CSV or a vCard file',
  malformed: 'The file is damaged: a quoted cell or a card never ends',
  empty: 'The file has no contacts'
}

export class ImportFileError extends Error {
  constructor(readonly reason: ImportFileFailure) {
    super(importFileMessages[reason])
  }
}

export interface ParsedFile {
  format: ImportFormat
  encoding: ImportEncoding
  contacts: ImportedContact[]
}

/** A file's bytes read as contacts, or an ImportFileError saying why not. Pure: no I/O, no clock. */
export function parseImportFile(bytes: Uint8Array): ParsedFile {
  return runToEnd(parseImportFileSteps(bytes))
}

/** parseImportFile in steps, for `runInSlices`: the same result, the same errors. */
export function* parseImportFileSteps(bytes: Uint8Array): Steps<ParsedFile> {
  if (bytes.byteLength > maxImportBytes) throw new ImportFileError('too_large')
  const decoded = yield* decodeTextSteps(bytes)
  if (!decoded) throw new ImportFileError('not_text')
  const format = detectFormat(decoded.text)
  if (!format) throw new ImportFileError(decoded.text.trim() === '' ? 'empty' : 'unknown_format')
  let contacts: ImportedContact[]
  try {
    contacts = yield* (format === 'linkedin' ? linkedInSteps(decoded.text) : format === 'google' ? googleSteps(decoded.text) : vCardSteps(decoded.text))
  } catch (error) {
    if (error instanceof MalformedFileError) throw new ImportFileError('malformed')
    throw error
  }
  if (contacts.length === 0) throw new ImportFileError('empty')
  return { format, encoding: decoded.encoding, contacts }
}
