import { AppFailure, type AppError } from '../../shared/api/result'

const internal: AppError = { code: 'INTERNAL', message: 'Something went wrong; nothing was changed' }
const diskFull: AppError = { code: 'DISK_FULL', message: 'The disk is full. Nothing was lost; free some space and try again' }

/** SQLite's "database or disk is full", or the file system's ENOSPC. */
function isDiskFull(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === 'SQLITE_FULL' || code === 'ENOSPC'
}

/**
 * The error a caller sees for anything a procedure or job threw: a service's own failure keeps
 * its code; a full disk says so; anything else is INTERNAL with a fixed message (never raw text).
 */
export function failureOf(error: unknown): AppError {
  if (error instanceof AppFailure) {
    return error.details === undefined
      ? { code: error.code, message: error.message }
      : { code: error.code, message: error.message, details: error.details }
  }
  if (isDiskFull(error)) return diskFull
  return internal
}
