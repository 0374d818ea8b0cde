import { useEffect } from 'react'
import { queryClient } from '../api/client'
import { prefetchPeople } from '../features/people/queries'
import { currentLanguage } from '../i18n'
import { prepareDateFormat } from '../ui/format'
import { preloadScreens } from './screens'

/**
 * Once the first screen is up and the page is idle, build the date formatter Today is about to
 * need (ui/format.ts), fetch what the next screen most likely needs (People, the screen opened
 * most: its first page), then the code of every other screen, one per
 * idle moment: opening any of them then draws it at once. Only when idle, so it never competes
 * with the screen being drawn.
 */
export function usePrefetchWhenIdle(): void {
  useEffect(() => {
    const handle = requestIdleCallback(
      () => {
        prepareDateFormat(currentLanguage())
        void prefetchPeople(queryClient)
      },
      { timeout: 2000 }
    )
    const cancelScreens = preloadScreens()
    return () => {
      cancelIdleCallback(handle)
      cancelScreens()
    }
  }, [])
}
