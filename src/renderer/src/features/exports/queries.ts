import { useQuery } from '@tanstack/react-query'
import { api } from '../../api/client'

export const exportKeys = { folder: ['exports', 'folder'] as const }

/** Where the vault goes: a folder inside the data directory, shown before the first export. */
export const useVaultFolder = () => useQuery({ queryKey: exportKeys.folder, queryFn: () => api.exports.folder(), staleTime: Infinity })
