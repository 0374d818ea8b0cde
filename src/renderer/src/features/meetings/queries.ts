import { useQuery } from '@tanstack/react-query'
import { api } from '../../api/client'

export const meetingKeys = {
  all: ['meetings'] as const,
  list: (filter: { personId?: string; status?: 'planned' | 'ended' }) => ['meetings', 'list', filter] as const,
  detail: (id: string) => ['meetings', 'detail', id] as const,
  suggestions: (id: string) => ['meetings', 'suggestions', id] as const
}

export const useMeetings = (filter: { personId?: string; status?: 'planned' | 'ended' }) =>
  useQuery({ queryKey: meetingKeys.list(filter), queryFn: () => api.meetings.list(filter) })

export const useMeeting = (id: string) => useQuery({ queryKey: meetingKeys.detail(id), queryFn: () => api.meetings.get({ id }) })

export const useSuggestedQuestions = (id: string) =>
  useQuery({ queryKey: meetingKeys.suggestions(id), queryFn: () => api.meetings.suggestQuestions({ id }) })
