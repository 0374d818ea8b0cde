import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import type { ListCursor } from '../../../../shared/api/people'
import type { Stage } from '../../../../shared/domain/people'
import { api } from '../../api/client'

export interface PeopleFilter {
  query: string
  tag: string | null
  stage: Stage | null
}

/** One key factory for the area: invalidating `peopleKeys.all` refreshes every view of people. */
export const peopleKeys = {
  all: ['people'] as const,
  list: (filter: PeopleFilter) => ['people', 'list', filter] as const,
  detail: (id: string) => ['people', 'detail', id] as const,
  tags: ['people', 'tags'] as const,
  trash: ['people', 'trash'] as const
}

const pageSize = 200

export function usePeopleList(filter: PeopleFilter) {
  return useInfiniteQuery({
    queryKey: peopleKeys.list(filter),
    // Keyset pages: each starts after the last row of the one before, so page 50 costs what page 1 does.
    queryFn: ({ pageParam }) => api.people.list({ ...filter, after: pageParam, limit: pageSize }),
    initialPageParam: null as ListCursor | null,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((sum, page) => sum + page.items.length, 0)
      return loaded < (pages[0]?.total ?? 0) && last.next ? last.next : undefined
    }
  })
}

export const usePerson = (id: string) =>
  useQuery({ queryKey: peopleKeys.detail(id), queryFn: () => api.people.get({ id }) })

export const useTags = () => useQuery({ queryKey: peopleKeys.tags, queryFn: () => api.tags.list() })

export const useTrash = () => useQuery({ queryKey: peopleKeys.trash, queryFn: () => api.trash.list() })
