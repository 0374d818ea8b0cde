import { useMutation } from '@tanstack/react-query'
import type { Input } from '../../../../shared/api/contract'
import { api } from '../../api/client'

// No invalidation here: the `changed` push refreshes what reads online and people (app/refresh.ts).

export const useCreateCommunity = () => useMutation({ mutationFn: (input: Input<'communities.create'>) => api.communities.create(input) })
export const useDeleteCommunity = () => useMutation({ mutationFn: (id: string) => api.communities.delete({ id }) })
export const useAddMember = (id: string) => useMutation({ mutationFn: (personId: string) => api.communities.addMember({ id, personId }) })
export const useRemoveMember = (id: string) => useMutation({ mutationFn: (personId: string) => api.communities.removeMember({ id, personId }) })
export const useLogActivity = (id: string) =>
  useMutation({ mutationFn: (input: Omit<Input<'communities.logActivity'>, 'id'>) => api.communities.logActivity({ id, ...input }) })

export const useCreateWork = () => useMutation({ mutationFn: (input: Input<'works.create'>) => api.works.create(input) })
export const useDeleteWork = () => useMutation({ mutationFn: (id: string) => api.works.delete({ id }) })
export const useAddEngagement = (id: string) =>
  useMutation({ mutationFn: (input: { personId: string; note: string }) => api.works.addEngagement({ id, ...input }) })
export const useRemoveEngagement = (id: string) => useMutation({ mutationFn: (personId: string) => api.works.removeEngagement({ id, personId }) })
