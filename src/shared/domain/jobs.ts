/** Long work that runs as a job: progress pushed, cancellable, one of a kind at a time. */
export const jobKinds = ['backup', 'auto_backup', 'json_backup', 'json_restore', 'export', 'import', 'import_preview'] as const
export type JobKind = (typeof jobKinds)[number]

export const jobStatuses = ['running', 'done', 'failed', 'cancelled'] as const
export type JobStatus = (typeof jobStatuses)[number]

/** Progress as a whole percentage, 0 while the total is still unknown. */
export function jobPercent(done: number, total: number): number {
  if (total <= 0) return 0
  return Math.min(100, Math.max(0, Math.floor((done / total) * 100)))
}
