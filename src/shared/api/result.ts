/** Stable error codes the UI translates; never raw exception text. */
export const errorCodes = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'UNAUTHORIZED',
  /** The disk has no room left: the write was refused and nothing was lost. */
  'DISK_FULL',
  /** The data file has damaged pages; the UI offers the newest backup. */
  'DATA_DAMAGED',
  /** The user cancelled a job before it finished. */
  'CANCELLED',
  'INTERNAL'
] as const
export type ErrorCode = (typeof errorCodes)[number]

/** A serialisable error that crosses process boundaries as a value. */
export interface AppError {
  code: ErrorCode
  message: string
  details?: unknown
}

/** The envelope every procedure answers with. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = (code: ErrorCode, message: string, details?: unknown): Result<never> => ({
  ok: false,
  error: details === undefined ? { code, message } : { code, message, details }
})

/** Thrown inside services to end a procedure with a specific code; dispatch turns it into a Result. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown
  ) {
    super(message)
    this.name = 'AppFailure'
  }
}
