import { AppFailure, type AppError } from '../../shared/api/result'
import { isDiskFull } from '../db/errors'

const internal: AppError = { code: 'INTERNAL', message: 'Something went wrong; nothing was changed' }
const diskFull: AppError = { code: 'DISK_FULL', message: 'The disk is full. Nothing was lost; free some space and try again' }

const damaged: AppError = {
  code: 'DATA_DAMAGED',
  message: 'Part of your data file is damaged. Nothing was changed; Engawa offers your newest backup'
}

/** SQLite found a damaged page, or a file that is no database at all, while reading. */
export function isDamaged(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  // Extended codes (SQLITE_CORRUPT_INDEX, _VTAB, _SEQUENCE) name the same trouble.
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')
}

/**
 * The error a caller sees for anything a procedure or job threw: a service's own failure keeps
 * its code; a full disk or a damaged file says so; anything else is INTERNAL with a fixed message (never raw text).
 */
export function failureOf(error: unknown): AppError {
  if (error instanceof AppFailure) {
    return error.details === undefined
      ? { code: error.code, message: error.message }
      : { code: error.code, message: error.message, details: error.details }
  }
  if (isDiskFull(error)) return diskFull
  if (isDamaged(error)) return damaged
  return internal
}
