import { useMutation } from '@tanstack/react-query'
import type { Language } from '../../../../shared/domain/people'
import { api } from '../../api/client'

// No invalidation: the job's own pushes carry its progress and its summary.
export const useExportVault = () =>
  useMutation({ mutationFn: ({ language, folder }: { language: Language; folder: string | null }) => api.exports.vault(folder ? { language, folder } : { language }) })
