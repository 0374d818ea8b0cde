import { QueryClient } from '@tanstack/react-query'
import { createClient } from '../../../shared/api/client'
import { createCallGate } from './call-gate'
import { createTransport } from './transport'

export const transport = createTransport()
/** Closed while React draws the first frame, open before and after (main.tsx). */
export const firstFrameGate = createCallGate(transport.invoke)
/** The typed client every feature uses; it never knows which transport is underneath. */
export const api = createClient(firstFrameGate.invoke)

export const queryClient = new QueryClient({
  defaultOptions: {
    // Local data: no refetch on focus, no retries that would hide a real error.
    queries: { refetchOnWindowFocus: false, retry: false, staleTime: 30_000 },
    mutations: { retry: false }
  }
})
