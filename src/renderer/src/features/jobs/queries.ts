import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import type { JobState } from '../../../../shared/api/jobs'
import type { JobKind } from '../../../../shared/domain/jobs'
import { api, transport } from '../../api/client'

export const jobKeys = { all: ['jobs'] as const }

/** Puts a job's newest state in the cache: from a push, or from the answer of the call that started it. */
export function rememberJob(queryClient: QueryClient, state: JobState): void {
  queryClient.setQueryData<JobState[]>(jobKeys.all, (jobs = []) => [
    ...jobs.filter((job) => job.id !== state.id && !(job.kind === state.kind && job.status !== 'running')),
    state
  ])
}

/** The start of a job: its first state is shown at once, whatever the push stream is doing. */
export function useRememberJob() {
  const queryClient = useQueryClient()
  return (state: JobState) => rememberJob(queryClient, state)
}

/**
 * Jobs as main reports them: the list once, then each `job` push replaces its entry, so progress
 * moves without polling and a window opened mid-job still sees it.
 */
export function useJobs() {
  const queryClient = useQueryClient()
  useEffect(
    () =>
      transport.on('job', (payload) => rememberJob(queryClient, payload as JobState)),
    [queryClient]
  )
  return useQuery({ queryKey: jobKeys.all, queryFn: () => api.jobs.list() })
}

/** The running or latest job of a kind. */
export function useJob(kind: JobKind): JobState | undefined {
  const jobs = useJobs()
  const ofKind = (jobs.data ?? []).filter((job) => job.kind === kind)
  return ofKind.find((job) => job.status === 'running') ?? ofKind.at(-1)
}
