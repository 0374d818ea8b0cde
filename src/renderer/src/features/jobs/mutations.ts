import { useMutation } from '@tanstack/react-query'
import { api } from '../../api/client'

// No invalidation here: the job's pushes say when it has stopped.
export const useCancelJob = () => useMutation({ mutationFn: (id: string) => api.jobs.cancel({ id }) })
