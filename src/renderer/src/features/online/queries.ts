import { useQuery } from '@tanstack/react-query'
import { api } from '../../api/client'

export const onlineKeys = {
  all: ['online'] as const,
  overview: ['online', 'overview'] as const,
  community: (id: string) => ['online', 'community', id] as const,
  work: (id: string) => ['online', 'work', id] as const
}

export const useOnlineOverview = () => useQuery({ queryKey: onlineKeys.overview, queryFn: () => api.online.overview() })
export const useCommunity = (id: string) => useQuery({ queryKey: onlineKeys.community(id), queryFn: () => api.communities.get({ id }) })
export const useWork = (id: string) => useQuery({ queryKey: onlineKeys.work(id), queryFn: () => api.works.get({ id }) })
