import { useQuery } from '@tanstack/react-query'
import { api } from '../../api/client'
import { peopleKeys } from '../people/queries'

// Under the people key: any change to people (a stage moved here or anywhere) refreshes the board.
export const pipelineKey = [...peopleKeys.all, 'pipeline'] as const

export const usePipeline = () => useQuery({ queryKey: pipelineKey, queryFn: () => api.people.pipeline({}) })
