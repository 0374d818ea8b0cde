import type { TFunction } from '../i18n'
import { ClientError } from '../../../shared/api/client'
import { textLimits, type FieldLimit } from './limits'

interface Issue {
  path: string[]
  code?: string
  message: string
}

/** One calm sentence for any failed call, in the UI language. */
export function errorText(t: TFunction, error: unknown): string {
  if (error instanceof ClientError) {
    return error.code === 'INTERNAL' && error.message === 'network' ? t('errors.network') : t(`errors.${error.code}`)
  }
  return t('errors.INTERNAL')
}

/** True when a call failed because of what was typed, so the fields say what to fix. */
export const isInvalidInput = (error: unknown): error is ClientError =>
  error instanceof ClientError && error.code === 'INVALID_INPUT' && Array.isArray(error.details)

/**
 * Field key -> translated message, from the issues an INVALID_INPUT error carries. Keys are the
 * first path part, `links.<kind>` or `milestones.<index>.<field>`. `fieldLimits` names the fields
 * whose size limit is not short text, since the server sends the path but not the maximum.
 */
export function fieldErrors(t: TFunction, error: unknown, fieldLimits: Record<string, FieldLimit> = {}): Record<string, string> {
  if (!isInvalidInput(error)) return {}
  const result: Record<string, string> = {}
  for (const issue of error.details as Issue[]) {
    const parts = issue.path[0] === 'patch' ? issue.path.slice(1) : issue.path
    const key = keyFor(parts)
    if (key in result) continue
    result[key] = messageFor(t, key, parts, issue, fieldLimits[parts[0] ?? ''])
  }
  return result
}

function keyFor(parts: string[]): string {
  if (parts[0] === 'links') return parts.slice(0, 2).join('.')
  if (parts[0] === 'milestones' && parts.length > 2) return parts.slice(0, 3).join('.')
  return parts[0] ?? ''
}

function messageFor(t: TFunction, key: string, parts: string[], issue: Issue, limit: FieldLimit | undefined): string {
  if (issue.code === 'too_big') {
    // A list field's own path means too many items; a deeper path means one item is too long.
    if (limit === 'list' && parts.length === 1) return t('errors.tooMany', { count: textLimits.listItems })
    return t('errors.tooLong', { count: typeof limit === 'number' ? limit : textLimits.shortText })
  }
  if (key === 'givenName' || key === 'familyName' || key === 'name') return t('errors.nameRequired')
  if (key === 'email') return t('errors.email')
  if (key.startsWith('links') || key === 'link' || key === 'url') return t('errors.link')
  if (key === 'metOn' || key.startsWith('milestones')) return t('errors.date')
  return t('errors.field')
}
