import { useQuery } from '@tanstack/react-query'
import { api } from '../../api/client'

export const importKeys = {
  all: ['imports'] as const,
  batches: () => [...importKeys.all, 'batches'] as const
}

/** The imports done so far, newest first: the latest one can be undone. */
export function useImportBatches() {
  return useQuery({ queryKey: importKeys.batches(), queryFn: () => api.imports.batches() })
}
