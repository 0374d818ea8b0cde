import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Input } from '../../../../shared/api/contract'
import { api } from '../../api/client'
import { peopleKeys } from '../people/queries'

export const followupKeys = {
  all: ['followups'] as const,
  list: (status: 'pending' | 'sent', personId?: string) => ['followups', 'list', status, personId ?? 'all'] as const,
  detail: (id: string) => ['followups', 'detail', id] as const,
  today: ['followups', 'today'] as const
}

export const useFollowups = (status: 'pending' | 'sent' = 'pending', personId?: string) =>
  useQuery({ queryKey: followupKeys.list(status, personId), queryFn: () => api.followups.list({ status, personId }) })

export const useFollowup = (id: string) => useQuery({ queryKey: followupKeys.detail(id), queryFn: () => api.followups.get({ id }) })

export const useToday = () => useQuery({ queryKey: followupKeys.today, queryFn: () => api.today.get() })

/** Every follow-up change can move Today, the inbox and a person's timeline. */
function useInvalidate() {
  const queryClient = useQueryClient()
  return () => {
    void queryClient.invalidateQueries({ queryKey: followupKeys.all })
    void queryClient.invalidateQueries({ queryKey: peopleKeys.all })
  }
}

export function useFollowupActions(id: string) {
  const invalidate = useInvalidate()
  const options = { onSuccess: invalidate }
  return {
    saveDraft: useMutation({ mutationFn: (draft: string) => api.followups.updateDraft({ id, draft }), ...options }),
    markSent: useMutation({ mutationFn: () => api.followups.markSent({ id }), ...options }),
    snooze: useMutation({ mutationFn: (until: Input<'followups.snooze'>['until']) => api.followups.snooze({ id, until }), ...options }),
    dismiss: useMutation({ mutationFn: () => api.followups.dismiss({ id }), ...options })
  }
}
