import { useMutation } from '@tanstack/react-query'
import type { SeasonalKind } from '../../../../shared/domain/seasonal'
import { api } from '../../api/client'
import { saveTextFile } from '../../ui/save-file'

// No invalidation here: the `changed` push refreshes the list, Today and the timelines.
export function useSeasonActions(kind: SeasonalKind, year: number) {
  return {
    markSent: useMutation({ mutationFn: (id: string) => api.followups.markSent({ id }) }),
    markAllSent: useMutation({ mutationFn: () => api.seasonal.markAllSent({ kind, year }) }),
    downloadCsv: useMutation({
      mutationFn: async () => {
        const { fileName, text } = await api.seasonal.csv({ kind, year })
        saveTextFile(fileName, text, 'text/csv')
      }
    })
  }
}
