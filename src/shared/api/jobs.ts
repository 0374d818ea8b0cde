import { z } from 'zod'
import { jobKinds, jobStatuses } from '../domain/jobs'
import { errorCodes } from './result'
import { id, instant } from './limits'
import { readsOnly } from './procedure'

export const jobState = z.object({
  id,
  kind: z.enum(jobKinds),
  status: z.enum(jobStatuses),
  /** A word for what is happening now, e.g. "copying"; the UI translates it. */
  phase: z.string(),
  done: z.number().int().min(0),
  total: z.number().int().min(0),
  startedAt: instant,
  finishedAt: instant.nullable(),
  /** What a finished job made, for the UI to show (e.g. the backup's file name). */
  result: z.record(z.string(), z.union([z.string(), z.number()])).nullable(),
  error: z.object({ code: z.enum(errorCodes), message: z.string() }).nullable()
})
export type JobState = z.infer<typeof jobState>

export const jobsProcedures = {
  'jobs.list': { input: z.object({}), output: z.array(jobState), changes: readsOnly },
  // Cancelling changes no data: the job's own push message reports it.
  'jobs.cancel': { input: z.object({ id }), output: jobState, changes: readsOnly }
} as const
