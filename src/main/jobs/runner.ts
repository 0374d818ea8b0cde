import type { ChangeArea } from '../../shared/api/areas'
import type { JobState } from '../../shared/api/jobs'
import { AppFailure, type AppError } from '../../shared/api/result'
import type { JobKind } from '../../shared/domain/jobs'
import { failureOf } from '../rpc/failures'

/** What a running job may do: report progress and notice that it was cancelled. */
export interface JobContext {
  signal: AbortSignal
  /** Cheap to call often: the runner pushes at most a few updates a second. */
  progress(phase: string, done: number, total: number): void
}

export interface JobDefinition {
  kind: JobKind
  /** Resolves with what the UI shows when the job is done; rejects to fail, or on abort. */
  run(job: JobContext): Promise<NonNullable<JobState['result']>>
  /** Areas whose data the finished job changed; pushed as one `changed` message. */
  changesWhenDone: readonly ChangeArea[]
}

export interface JobRunner {
  /** Starts a job, or answers with the one of the same kind already running. */
  start(definition: JobDefinition): JobState
  cancel(id: string): JobState
  /** Running jobs and the last finished one of each kind. */
  list(): JobState[]
  /** Resolves when the job has settled; for callers (tests, the CLI) that wait. */
  settled(id: string): Promise<JobState>
}

export interface JobRunnerDeps {
  now(): Date
  newId(): string
  onState(state: JobState): void
  onChanged(areas: ChangeArea[]): void
  onUnexpectedError?(kind: JobKind, error: unknown): void
  /** Minimum time between two progress pushes; the final state is always pushed. */
  progressIntervalMs?: number
}

interface Entry {
  state: JobState
  controller: AbortController
  done: Promise<JobState>
}

const cancelled: AppError = { code: 'CANCELLED', message: 'Cancelled; nothing was kept' }

export function createJobRunner(deps: JobRunnerDeps): JobRunner {
  const entries = new Map<string, Entry>()
  const interval = deps.progressIntervalMs ?? 100

  const running = (kind: JobKind) => [...entries.values()].find((e) => e.state.kind === kind && e.state.status === 'running')

  const mustFind = (id: string): Entry => {
    const entry = entries.get(id)
    if (!entry) throw new AppFailure('NOT_FOUND', 'No job with that id')
    return entry
  }

  // Only the newest finished job of a kind is kept: the list stays short however long the app runs.
  const forgetOlder = (kind: JobKind, keep: string) => {
    for (const [id, entry] of entries) {
      if (id !== keep && entry.state.kind === kind && entry.state.status !== 'running') entries.delete(id)
    }
  }

  function start(definition: JobDefinition): JobState {
    const already = running(definition.kind)
    if (already) return already.state
    const controller = new AbortController()
    const state: JobState = {
      id: deps.newId(),
      kind: definition.kind,
      status: 'running',
      phase: 'starting',
      done: 0,
      total: 0,
      startedAt: deps.now().toISOString(),
      finishedAt: null,
      result: null,
      error: null
    }
    let lastPush = 0
    const context: JobContext = {
      signal: controller.signal,
      progress(phase, done, total) {
        if (state.status !== 'running') return
        const phaseChanged = phase !== state.phase
        Object.assign(state, { phase, done, total })
        const at = deps.now().getTime()
        if (phaseChanged || at - lastPush >= interval) {
          lastPush = at
          deps.onState({ ...state })
        }
      }
    }
    const finish = (patch: Partial<JobState>): JobState => {
      Object.assign(state, patch, { finishedAt: deps.now().toISOString() })
      forgetOlder(state.kind, state.id)
      deps.onState({ ...state })
      return { ...state }
    }
    const done = Promise.resolve()
      .then(() => definition.run(context))
      .then(
        (result) => {
          // A job that resolves finished its work, even if a cancel came too late to stop it (as
          // during an import's commit): it is done, and what it changed is announced.
          const settled = finish({ status: 'done', phase: 'done', done: state.total, result })
          if (definition.changesWhenDone.length > 0) deps.onChanged([...definition.changesWhenDone])
          return settled
        },
        (error: unknown) => {
          if (controller.signal.aborted) return finish({ status: 'cancelled', error: cancelled })
          const failure = failureOf(error)
          if (failure.code === 'INTERNAL') deps.onUnexpectedError?.(definition.kind, error)
          return finish({ status: 'failed', error: { code: failure.code, message: failure.message } })
        }
      )
    entries.set(state.id, { state, controller, done })
    deps.onState({ ...state })
    return { ...state }
  }

  return {
    start,
    cancel(id) {
      const entry = mustFind(id)
      if (entry.state.status === 'running') entry.controller.abort()
      return { ...entry.state }
    },
    list: () => [...entries.values()].map((entry) => ({ ...entry.state })),
    settled: (id) => mustFind(id).done
  }
}
