import { useEffect } from 'react'
import { queryClient } from '../api/client'
import { prefetchPeople } from '../features/people/queries'

/**
 * Once the first screen is up and the page is idle, fetch what the next screen most likely needs
 * (People, the screen opened most): opening it then draws rows at once. Only when idle, so it
 * never competes with the screen being drawn.
 */
export function usePrefetchWhenIdle(): void {
  useEffect(() => {
    const handle = requestIdleCallback(() => void prefetchPeople(queryClient), { timeout: 2000 })
    return () => cancelIdleCallback(handle)
  }, [])
}
