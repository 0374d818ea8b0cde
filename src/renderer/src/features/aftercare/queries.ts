import { useQuery } from '@tanstack/react-query'
import { api } from '../../api/client'

export const aftercareKeys = {
  all: ['aftercare'] as const,
  keepInTouch: (personId: string) => ['aftercare', 'keepInTouch', personId] as const
}

export const useKeepInTouch = (personId: string) =>
  useQuery({ queryKey: aftercareKeys.keepInTouch(personId), queryFn: () => api.aftercare.keepInTouch({ personId }) })
