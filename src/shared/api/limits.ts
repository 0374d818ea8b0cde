import { z } from 'zod'

import { limits } from '../domain/limits'

export { limits }

export const shortText = z.string().trim().max(limits.shortText)
export const mediumText = z.string().trim().max(limits.mediumText)
export const markdown = z.string().max(limits.markdown)
export const id = z.string().uuid()
/** A calendar date as YYYY-MM-DD that exists (no 31 April). */
export const localDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD')
  .refine((value) => {
    // zod runs this even after the pattern failed, so it must not throw on any string.
    const time = Date.parse(`${value}T00:00:00Z`)
    return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value)
  }, 'No such date')
export const instant = z.string().datetime({ offset: true })
export const webUrl = z
  .string()
  .trim()
  .max(limits.mediumText)
  .url()
  .refine((value) => /^https?:\/\//i.test(value), 'Only http and https links are kept')
export const textList = z.array(shortText.min(1)).max(limits.listItems)

/**
 * A link the app opens (an event's page, a touchpoint's post): `https:` only, never `javascript:`,
 * `file:` or plain `http:`; empty allowed.
 */
export const httpsLink = z
  .string()
  .trim()
  .max(limits.mediumText)
  .refine((value) => {
    if (value === '') return true
    try {
      return new URL(value).protocol === 'https:'
    } catch {
      return false
    }
  }, 'Use a link that starts with https://')
