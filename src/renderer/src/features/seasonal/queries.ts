import { useQuery } from '@tanstack/react-query'
import type { SeasonalKind } from '../../../../shared/domain/seasonal'
import { api } from '../../api/client'

export const seasonalKeys = {
  all: ['seasonal'] as const,
  list: (kind: SeasonalKind, year: number) => ['seasonal', 'list', kind, year] as const
}

export const useSeasonalList = (kind: SeasonalKind, year: number) =>
  useQuery({ queryKey: seasonalKeys.list(kind, year), queryFn: () => api.seasonal.list({ kind, year }) })
