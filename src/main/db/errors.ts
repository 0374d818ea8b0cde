/** Raised when the file was written by a newer Engawa: opening it could lose data. */
export class DatabaseTooNewError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number
  ) {
    super(
      `This data was saved by a newer version of Engawa (schema ${found}; this version knows ${supported}). ` +
        'Update Engawa to open it. Nothing was changed.'
    )
    this.name = 'DatabaseTooNewError'
  }
}

/** Raised when the file at the data path is some other application's database, or no database at all. */
export class ForeignDatabaseError extends Error {
  constructor(readonly file: string) {
    super(
      `The file ${file} is not Engawa's data: it belongs to another application or is not an Engawa database. ` +
        'Nothing was changed. Move the file elsewhere, or choose another data folder.'
    )
    this.name = 'ForeignDatabaseError'
  }
}

export interface MigrationFailure {
  file: string
  /** The migration that failed, as named in the journal (e.g. `0004_people_rebuild`). */
  migration: string
  fromVersion: number
  toVersion: number
  /** The copy taken before migrating; null only when the file held nothing to copy. */
  backupFile: string | null
  cause: unknown
}

/** Raised when updating the file to this version failed; the transaction was rolled back. */
export class MigrationFailedError extends Error {
  readonly file: string
  readonly migration: string
  readonly fromVersion: number
  readonly toVersion: number
  readonly backupFile: string | null

  constructor(failure: MigrationFailure) {
    const reason = failure.cause instanceof Error ? failure.cause.message : String(failure.cause)
    super(
      `Engawa could not update your data to this version (step ${failure.migration} failed: ${reason}). ` +
        'Nothing was changed: your data is exactly as it was.' +
        (failure.backupFile ? ` A copy taken before the update is at ${failure.backupFile}.` : ''),
      { cause: failure.cause }
    )
    this.name = 'MigrationFailedError'
    this.file = failure.file
    this.migration = failure.migration
    this.fromVersion = failure.fromVersion
    this.toVersion = failure.toVersion
    this.backupFile = failure.backupFile
  }
}

/** Rejects a backup that was cancelled through its AbortSignal; named like the DOM's AbortError. */
export class BackupAbortedError extends Error {
  constructor() {
    super('The backup was cancelled; the partial copy was removed.')
    this.name = 'AbortError'
  }
}

const diskFullCodes = new Set(['SQLITE_FULL', 'ENOSPC'])

/** True when the error (or any error it wraps) means the disk is full: SQLite's SQLITE_FULL or Node's ENOSPC. */
export function isDiskFull(error: unknown): boolean {
  // Bounded walk: a cause chain may be cyclic.
  for (let depth = 0, current = error; depth < 8 && typeof current === 'object' && current !== null; depth++) {
    const { code, cause } = current as { code?: unknown; cause?: unknown }
    if (typeof code === 'string' && diskFullCodes.has(code)) return true
    current = cause
  }
  return false
}

/** What to tell the user when the data folder could not be opened: our own errors say it plainly. */
export function openFailureMessage(error: unknown, dataDir: string): string {
  const known = error instanceof DatabaseTooNewError || error instanceof ForeignDatabaseError || error instanceof MigrationFailedError
  if (known) return error.message
  if (isDiskFull(error)) return `The disk is full, so Engawa could not open ${dataDir}. Nothing was lost; free some space and start again.`
  return `Engawa could not open the data in ${dataDir}: ${error instanceof Error ? error.message : String(error)}`
}
