import { useMutation } from '@tanstack/react-query'
import type { Input } from '../../../../shared/api/contract'
import { api } from '../../api/client'

// No invalidation here: every write's `changed` push refreshes what reads events (app/refresh.ts).

export const useCreateEvent = () => useMutation({ mutationFn: (input: Input<'events.create'>) => api.events.create(input) })

export const useUpdateBasics = (id: string) =>
  useMutation({ mutationFn: (patch: Input<'events.updateBasics'>['patch']) => api.events.updateBasics({ id, patch }) })

export const useUpdatePlan = (id: string) =>
  useMutation({ mutationFn: (patch: Input<'events.updatePlan'>['patch']) => api.events.updatePlan({ id, patch }) })

export const useMatchAttendees = () => useMutation({ mutationFn: (text: string) => api.events.matchAttendees({ text }) })

export const useAddAttendees = (id: string) =>
  useMutation({ mutationFn: (input: { personIds: string[]; newNames: string[] }) => api.events.addAttendees({ id, ...input }) })

export const useRemoveAttendee = (id: string) => useMutation({ mutationFn: (personId: string) => api.events.removeAttendee({ id, personId }) })

export const useSetTarget = (id: string) =>
  useMutation({ mutationFn: (input: { personId: string; target: boolean }) => api.events.setTarget({ id, ...input }) })

export const useUpdateResearch = (id: string) =>
  useMutation({ mutationFn: (input: { personId: string; research?: string; commonTopics?: string }) => api.events.updateResearch({ id, ...input }) })

export const useSetTopics = (id: string) => useMutation({ mutationFn: (topicIds: string[]) => api.events.setTopics({ id, topicIds }) })

export const useReflect = (id: string) =>
  useMutation({ mutationFn: (reflection: Input<'events.reflect'>['reflection']) => api.events.reflect({ id, reflection }) })

export const useTrashEvent = () => useMutation({ mutationFn: (id: string) => api.events.delete({ id }) })

export const useRestoreEvent = () => useMutation({ mutationFn: (id: string) => api.events.restore({ id }) })
