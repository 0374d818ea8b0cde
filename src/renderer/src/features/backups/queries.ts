import { useQuery } from '@tanstack/react-query'
import { api } from '../../api/client'

export const backupKeys = { all: ['backups'] as const }

export const useBackups = () => useQuery({ queryKey: backupKeys.all, queryFn: () => api.backups.list() })
