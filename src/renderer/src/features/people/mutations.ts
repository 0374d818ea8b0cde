import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { Input } from '../../../../shared/api/contract'
import { api } from '../../api/client'
import { peopleKeys } from './queries'

function useInvalidatePeople() {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: peopleKeys.all })
}

export function useCreatePerson() {
  const invalidate = useInvalidatePeople()
  return useMutation({ mutationFn: (input: Input<'people.create'>) => api.people.create(input), onSuccess: invalidate })
}

export function useQuickAdd() {
  const invalidate = useInvalidatePeople()
  return useMutation({ mutationFn: (name: string) => api.people.quickAdd({ name }), onSuccess: invalidate })
}

export function useUpdatePerson(id: string) {
  const invalidate = useInvalidatePeople()
  return useMutation({
    mutationFn: (patch: Input<'people.update'>['patch']) => api.people.update({ id, patch }),
    onSuccess: invalidate
  })
}

export function useDeletePerson() {
  const invalidate = useInvalidatePeople()
  return useMutation({ mutationFn: (id: string) => api.people.delete({ id }), onSuccess: invalidate })
}

export function useRestorePerson() {
  const invalidate = useInvalidatePeople()
  return useMutation({ mutationFn: (id: string) => api.people.restore({ id }), onSuccess: invalidate })
}

export function usePurgePerson() {
  const invalidate = useInvalidatePeople()
  return useMutation({ mutationFn: (id: string) => api.people.purge({ id }), onSuccess: invalidate })
}

export function useEmptyTrash() {
  const invalidate = useInvalidatePeople()
  return useMutation({ mutationFn: () => api.trash.empty(), onSuccess: invalidate })
}

export function useAddInteraction() {
  const invalidate = useInvalidatePeople()
  return useMutation({
    mutationFn: (input: Input<'interactions.add'>) => api.interactions.add(input),
    onSuccess: invalidate
  })
}
