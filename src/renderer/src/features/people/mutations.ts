import { useMutation } from '@tanstack/react-query'
import type { Input } from '../../../../shared/api/contract'
import { api } from '../../api/client'

// No invalidation here: every write's `changed` push refreshes what reads people (app/refresh.ts).

export function useCreatePerson() {
  return useMutation({ mutationFn: (input: Input<'people.create'>) => api.people.create(input) })
}

export function useQuickAdd() {
  return useMutation({ mutationFn: (name: string) => api.people.quickAdd({ name }) })
}

export function useUpdatePerson(id: string) {
  return useMutation({
    mutationFn: (patch: Input<'people.update'>['patch']) => api.people.update({ id, patch })
  })
}

export function useDeletePerson() {
  return useMutation({ mutationFn: (id: string) => api.people.delete({ id }) })
}

export function useRestorePerson() {
  return useMutation({ mutationFn: (id: string) => api.people.restore({ id }) })
}

export function usePurgePerson() {
  return useMutation({ mutationFn: (id: string) => api.people.purge({ id }) })
}

export function useEmptyTrash() {
  return useMutation({ mutationFn: () => api.trash.empty() })
}

export function useAddInteraction() {
  return useMutation({
    mutationFn: (input: Input<'interactions.add'>) => api.interactions.add(input)
  })
}
