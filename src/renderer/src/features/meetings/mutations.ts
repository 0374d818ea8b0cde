import { useMutation } from '@tanstack/react-query'
import type { Input } from '../../../../shared/api/contract'
import { api } from '../../api/client'

// No invalidation here: every write's `changed` push refreshes what reads meetings (app/refresh.ts).

export const useCreateMeeting = () => useMutation({ mutationFn: (input: Input<'meetings.create'>) => api.meetings.create(input) })

export const useUpdateMeeting = (id: string) =>
  useMutation({ mutationFn: (patch: Input<'meetings.update'>['patch']) => api.meetings.update({ id, patch }) })

export const useEndMeeting = (id: string) => useMutation({ mutationFn: () => api.meetings.end({ id }) })
