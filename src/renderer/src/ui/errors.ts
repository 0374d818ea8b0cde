import type { TFunction } from 'i18next'
import { ClientError } from '../../../shared/api/client'

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

/** Field path -> translated message, from the issues an INVALID_INPUT error carries. */
export function fieldErrors(t: TFunction, error: unknown): Record<string, string> {
  if (!(error instanceof ClientError) || error.code !== 'INVALID_INPUT' || !Array.isArray(error.details)) return {}
  const result: Record<string, string> = {}
  for (const issue of error.details as Issue[]) {
    const parts = issue.path[0] === 'patch' ? issue.path.slice(1) : issue.path
    const key = parts[0] === 'links' ? parts.slice(0, 2).join('.') : (parts[0] ?? '')
    if (key in result) continue
    result[key] = messageFor(t, key, issue)
  }
  return result
}

function messageFor(t: TFunction, key: string, issue: Issue): string {
  if (key === 'givenName' || key === 'familyName') return t('errors.nameRequired')
  if (issue.code === 'too_big') return t('errors.tooLong')
  if (key === 'email') return t('errors.email')
  if (key.startsWith('links')) return t('errors.link')
  if (key === 'metOn' || key === 'milestones') return t('errors.date')
  return t('errors.field')
}
