import { useMutation } from '@tanstack/react-query'
import { api } from '../../api/client'
import { useRememberJob } from '../jobs/queries'

// No invalidation here: the job's pushes and the `changed` push refresh what shows backups.
export const useStartBackup = () => useMutation({ mutationFn: () => api.backups.create(), onSuccess: useRememberJob() })
export const useRestoreBackup = () => useMutation({ mutationFn: (name: string) => api.backups.restore({ name }) })
export const useStartJsonBackup = () => useMutation({ mutationFn: () => api.backups.exportJson({}), onSuccess: useRememberJob() })
