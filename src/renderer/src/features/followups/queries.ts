import { useQuery } from '@tanstack/react-query'
import { api } from '../../api/client'

export const followupKeys = {
  all: ['followups'] as const,
  list: (status: 'pending' | 'sent', personId?: string) => ['followups', 'list', status, personId ?? 'all'] as const,
  detail: (id: string) => ['followups', 'detail', id] as const
}

export const useFollowups = (status: 'pending' | 'sent' = 'pending', personId?: string) =>
  useQuery({ queryKey: followupKeys.list(status, personId), queryFn: () => api.followups.list({ status, personId }) })

export const useFollowup = (id: string) => useQuery({ queryKey: followupKeys.detail(id), queryFn: () => api.followups.get({ id }) })
