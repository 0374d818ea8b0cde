import { infiniteQueryOptions, useInfiniteQuery, useQuery, type QueryClient } from '@tanstack/react-query'
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

// The first page is small, so the screen shows its first rows sooner; later pages are larger,
// fetched as the list scrolls toward their end.
const firstPageSize = 50
const pageSize = 200

/** The list's query, shared by the screen and the prefetch that warms it. */
export const peopleListQuery = (filter: PeopleFilter) =>
  infiniteQueryOptions({
    queryKey: peopleKeys.list(filter),
    // Keyset pages: each starts after the last row of the one before, so page 50 costs what page 1 does.
    queryFn: ({ pageParam }) => api.people.list({ ...filter, after: pageParam, limit: pageParam === null ? firstPageSize : pageSize }),
    initialPageParam: null as ListCursor | null,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((sum, page) => sum + page.items.length, 0)
      return loaded < (pages[0]?.total ?? 0) && last.next ? last.next : undefined
    }
  })

export const usePeopleList = (filter: PeopleFilter) => useInfiniteQuery(peopleListQuery(filter))

export const allPeople: PeopleFilter = { query: '', tag: null, stage: null }

const tagsQuery = { queryKey: peopleKeys.tags, queryFn: () => api.tags.list() }

/**
 * Warms the People screen's first page and its tag filter while the app is idle, so opening
 * People shows rows in its first frame instead of waiting for a request it only starts once drawn.
 */
export function prefetchPeople(queryClient: QueryClient): Promise<unknown> {
  return Promise.all([queryClient.prefetchInfiniteQuery(peopleListQuery(allPeople)), queryClient.prefetchQuery(tagsQuery)])
}

export const usePerson = (id: string) =>
  useQuery({ queryKey: peopleKeys.detail(id), queryFn: () => api.people.get({ id }) })

export const useTags = () => useQuery(tagsQuery)

export const useTrash = () => useQuery({ queryKey: peopleKeys.trash, queryFn: () => api.trash.list() })
