import { useMutation } from '@tanstack/react-query'
import type { Input } from '../../../../shared/api/contract'
import { api } from '../../api/client'

// No invalidation here: the `changed` push refreshes what reads people (app/refresh.ts).
export const useLogTouchpoint = () => useMutation({ mutationFn: (input: Input<'touchpoints.log'>) => api.touchpoints.log(input) })
