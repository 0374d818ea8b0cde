/** Contact import: the formats read, what can be wrong with a row, and what to do with each. */
export const importFormats = ['linkedin', 'google', 'vcard'] as const
export type ImportFormat = (typeof importFormats)[number]

export const importEncodings = ['utf-8', 'shift_jis'] as const
export type ImportEncoding = (typeof importEncodings)[number]

/**
 * Stable codes for what is wrong with a row. `no_name` and `unreadable_card` keep the row out;
 * the others drop only the value concerned (a year-less date is kept in the notes).
 */
export const importProblems = [
  'no_name',
  'unreadable_card',
  'unclosed_card',
  'bad_date',
  'yearless_date',
  'bad_email',
  'bad_link',
  'too_long'
] as const
export type ImportProblem = (typeof importProblems)[number]

/** Problems that keep a row from being imported. */
export const blockingProblems: readonly ImportProblem[] = ['no_name', 'unreadable_card']

export const importActions = ['create', 'merge', 'skip'] as const
export type ImportAction = (typeof importActions)[number]

/** Why a row looks like someone already known. */
export const matchReasons = ['email', 'link', 'name'] as const
export type MatchReason = (typeof matchReasons)[number]

/** Why a whole file is refused (nothing is written); the window words each one. */
export const importFileFailures = ['unreadable', 'too_large', 'not_text', 'unknown_format', 'malformed', 'empty'] as const
export type ImportFileFailure = (typeof importFileFailures)[number]

/** A file larger than this is refused before it is read. */
export const maxImportBytes = 50 * 1024 * 1024

/** The pieces a file is sent in from the window (base64 in JSON, well under browser mode's 4 MB body). */
export const importChunkBytes = 1024 * 1024

/** What an import batch did to a person: created them, or filled in fields they lacked. */
export const importRowActions = ['created', 'merged'] as const
export type ImportRowAction = (typeof importRowActions)[number]

/** The fields a merge may fill in (only where the person had nothing). */
export const mergeableFields = ['familyNameKana', 'givenNameKana', 'email', 'company', 'department', 'headline', 'metOn', 'metHow', 'notes', 'links'] as const
export type MergeableField = (typeof mergeableFields)[number]
export type MergedFields = Partial<Record<MergeableField, string | null | Record<string, string>>>
