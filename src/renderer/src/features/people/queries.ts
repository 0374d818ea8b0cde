import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
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
    queryFn: ({ pageParam }) => api.people.list({ ...filter, offset: pageParam, limit: pageSize }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((sum, page) => sum + page.items.length, 0)
      return loaded < last.total ? loaded : undefined
    }
  })
}

export const usePerson = (id: string) =>
  useQuery({ queryKey: peopleKeys.detail(id), queryFn: () => api.people.get({ id }) })

export const useTags = () => useQuery({ queryKey: peopleKeys.tags, queryFn: () => api.tags.list() })

export const useTrash = () => useQuery({ queryKey: peopleKeys.trash, queryFn: () => api.trash.list() })
