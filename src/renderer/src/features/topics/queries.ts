import { useQuery } from '@tanstack/react-query'
import { api } from '../../api/client'

export const topicKeys = { all: ['topics'] as const }

export const useTopics = () => useQuery({ queryKey: topicKeys.all, queryFn: () => api.topics.list() })
