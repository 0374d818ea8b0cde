import { useEffect } from 'react'
import { queryClient } from '../api/client'
import { prefetchPeople } from '../features/people/queries'
import { peopleList, personPage } from './people-screens'

/**
 * Once the first screen is up and the page is idle, fetch what the next screen most likely needs
 * (People, the screen opened most: its code and its first page): opening it then draws rows at
 * once. Only when idle, so it never competes with the screen being drawn.
 */
export function usePrefetchWhenIdle(): void {
  useEffect(() => {
    const handle = requestIdleCallback(
      () => {
        void peopleList.preload()
        void personPage.preload()
        void prefetchPeople(queryClient)
      },
      { timeout: 2000 }
    )
    return () => cancelIdleCallback(handle)
  }, [])
}
