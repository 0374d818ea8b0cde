import { useQuery } from '@tanstack/react-query'
import { api } from '../../api/client'

export const eventKeys = {
  all: ['events'] as const,
  list: (trashed: boolean) => ['events', 'list', trashed] as const,
  detail: (id: string) => ['events', 'detail', id] as const
}

export const useEvents = (trashed = false) => useQuery({ queryKey: eventKeys.list(trashed), queryFn: () => api.events.list({ trashed }) })

export const useEvent = (id: string) => useQuery({ queryKey: eventKeys.detail(id), queryFn: () => api.events.get({ id }) })
