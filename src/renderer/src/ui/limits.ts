import { limits } from '../../../shared/domain/limits'

/** The schema size limits, for messages like "At most 200 characters". */
export const textLimits = limits
/** A field's limit: a number of characters, or 'list' for a list of short items (at most listItems). */
export type FieldLimit = number | 'list'
