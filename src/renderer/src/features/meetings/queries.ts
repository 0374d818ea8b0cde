import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { Input } from '../../../../shared/api/contract'
import { api } from '../../api/client'
import { followupKeys } from '../followups/queries'
import { peopleKeys } from '../people/queries'

export const meetingKeys = {
  all: ['meetings'] as const,
  list: (filter: { personId?: string; status?: 'planned' | 'ended' }) => ['meetings', 'list', filter] as const,
  detail: (id: string) => ['meetings', 'detail', id] as const,
  suggestions: (id: string) => ['meetings', 'suggestions', id] as const,
  topics: ['topics'] as const
}

export const useMeetings = (filter: { personId?: string; status?: 'planned' | 'ended' }) =>
  useQuery({ queryKey: meetingKeys.list(filter), queryFn: () => api.meetings.list(filter) })

export const useMeeting = (id: string) => useQuery({ queryKey: meetingKeys.detail(id), queryFn: () => api.meetings.get({ id }) })

export const useSuggestedQuestions = (id: string) =>
  useQuery({ queryKey: meetingKeys.suggestions(id), queryFn: () => api.meetings.suggestQuestions({ id }) })

export const useTopics = () => useQuery({ queryKey: meetingKeys.topics, queryFn: () => api.topics.list() })

export function useCreateMeeting() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: Input<'meetings.create'>) => api.meetings.create(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meetingKeys.all })
  })
}

export function useUpdateMeeting(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (patch: Input<'meetings.update'>['patch']) => api.meetings.update({ id, patch }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: meetingKeys.all })
      void queryClient.invalidateQueries({ queryKey: followupKeys.today })
    }
  })
}

export function useEndMeeting(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => api.meetings.end({ id }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: meetingKeys.all })
      void queryClient.invalidateQueries({ queryKey: followupKeys.all })
      void queryClient.invalidateQueries({ queryKey: peopleKeys.all })
    }
  })
}

export function useTopicActions() {
  const queryClient = useQueryClient()
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: meetingKeys.topics })
  return {
    create: useMutation({ mutationFn: (input: Input<'topics.create'>) => api.topics.create(input), onSuccess }),
    update: useMutation({ mutationFn: (input: Input<'topics.update'>) => api.topics.update(input), onSuccess }),
    remove: useMutation({ mutationFn: (id: string) => api.topics.delete({ id }), onSuccess })
  }
}
