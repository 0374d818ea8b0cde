import type { UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { useTranslation } from '../i18n'
import { errorText } from './errors'
import { InlineStatus } from './layout'

/**
 * A screen's one query: a quiet "Loading…" while it runs, its failure in one calm sentence, and the
 * screen itself once the data is there. Every detail screen reads the same way.
 */
export function Loaded<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) {
  const { t } = useTranslation()
  if (query.isPending) return <p className="text-muted">{t('common.loading')}</p>
  if (query.isError) return <InlineStatus tone="warn">{errorText(t, query.error)}</InlineStatus>
  return <>{children(query.data)}</>
}
