import { useQuery } from '@tanstack/react-query'
import { api } from '../../api/client'

export const healthKeys = { all: ['health'] as const }

export const useHealth = () => useQuery({ queryKey: healthKeys.all, queryFn: () => api.app.health() })
