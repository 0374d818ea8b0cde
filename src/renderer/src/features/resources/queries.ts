import { useQuery } from '@tanstack/react-query'
import { api } from '../../api/client'

export const resourceKeys = {
  all: ['resources'] as const,
  list: (trashed: boolean) => ['resources', 'list', trashed] as const,
  matches: (id: string) => ['resources', 'matches', id] as const,
  sharedWith: (personId: string) => ['resources', 'sharedWith', personId] as const
}

export const useResources = (trashed = false) => useQuery({ queryKey: resourceKeys.list(trashed), queryFn: () => api.resources.list({ trashed }) })
export const useResourceMatches = (id: string, enabled: boolean) =>
  useQuery({ queryKey: resourceKeys.matches(id), queryFn: () => api.resources.matches({ id }), enabled })
export const useSharedWith = (personId: string) =>
  useQuery({ queryKey: resourceKeys.sharedWith(personId), queryFn: () => api.resources.sharedWith({ personId }) })
