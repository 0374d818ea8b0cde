import { useMutation } from '@tanstack/react-query'
import type { Input } from '../../../../shared/api/contract'
import { api } from '../../api/client'

// No invalidation here: the `changed` push refreshes the library, the inbox and Today.
export const useCreateResource = () => useMutation({ mutationFn: (input: Input<'resources.create'>) => api.resources.create(input) })
export const useShareResource = () => useMutation({ mutationFn: (input: Input<'resources.share'>) => api.resources.share(input) })
