import { useQuery } from '@tanstack/react-query'
import { api } from '../../api/client'

export const todayKeys = { all: ['today'] as const }

export const todayQuery = { queryKey: todayKeys.all, queryFn: () => api.today.get() }

export const useToday = () => useQuery(todayQuery)
