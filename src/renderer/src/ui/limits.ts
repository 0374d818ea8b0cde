import type { limits } from '../../../shared/api/limits'

/**
 * The schema size limits, for messages like "At most 200 characters". limits.ts itself would ship
 * zod to the window (about 65 kB), so the numbers are repeated here and `satisfies` makes the
 * compiler reject any drift from shared/api/limits.ts.
 */
export const textLimits = {
  shortText: 200,
  mediumText: 2_000,
  markdown: 1_000_000,
  listItems: 50
} as const satisfies typeof limits

/** A field's limit: a number of characters, or 'list' for a list of short items (at most listItems). */
export type FieldLimit = number | 'list'
