import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { api } from '../../api/client'

export const searchKeys = {
  all: ['search'] as const,
  query: (text: string) => ['search', text] as const
}

/** Hits for what is typed; the previous answer stays on screen while the next one comes. */
export const useSearch = (text: string) =>
  useQuery({
    queryKey: searchKeys.query(text),
    queryFn: () => api.search.query({ text, limit: 30 }),
    enabled: text.trim() !== '',
    placeholderData: keepPreviousData,
    staleTime: 0
  })
