import { useMutation, useQuery } from '@tanstack/react-query'
import { api } from '../../api/client'

/** Refreshed by the 'people' area in app/refresh.ts: removing the sample pushes it. */
export const sampleKeys = { status: ['sample', 'status'] as const }

export const useSampleStatus = () => useQuery({ queryKey: sampleKeys.status, queryFn: () => api.sample.status() })

// No invalidation here: the `changed` push of sample.remove refreshes every screen (app/refresh.ts).
export const useRemoveSample = () => useMutation({ mutationFn: () => api.sample.remove() })
