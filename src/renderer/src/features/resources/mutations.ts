import { useMutation } from '@tanstack/react-query'
import type { Input } from '../../../../shared/api/contract'
import { api } from '../../api/client'

// No invalidation here: the `changed` push refreshes the library, the inbox, Today and search.
export const useCreateResource = () => useMutation({ mutationFn: (input: Input<'resources.create'>) => api.resources.create(input) })
export const useUpdateResource = () => useMutation({ mutationFn: (input: Input<'resources.update'>) => api.resources.update(input) })
export const useTrashResource = () => useMutation({ mutationFn: (id: string) => api.resources.delete({ id }) })
export const useRestoreResource = () => useMutation({ mutationFn: (id: string) => api.resources.restore({ id }) })
export const useShareResource = () => useMutation({ mutationFn: (input: Input<'resources.share'>) => api.resources.share(input) })
