import { useMutation } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import type { Input } from '../../../../shared/api/contract'
import { api } from '../../api/client'

// No invalidation here: the `changed` push refreshes Today, the inbox and the profile.
export const useSetKeepInTouch = (personId: string) =>
  useMutation({ mutationFn: (state: Omit<Input<'aftercare.setKeepInTouch'>, 'personId'>) => api.aftercare.setKeepInTouch({ personId, ...state }) })

/**
 * Makes today's aftercare follow-ups when the day's first screen asks; the pass is idempotent, so
 * asking again (another window, the tray, tomorrow's first look) makes only what is new.
 */
export function useDailyAftercare(today: string | undefined): void {
  const { mutate } = useMutation({ mutationFn: () => api.aftercare.daily({}) })
  const asked = useRef<string | null>(null)
  useEffect(() => {
    if (!today || asked.current === today) return
    asked.current = today
    mutate()
  }, [today, mutate])
}
