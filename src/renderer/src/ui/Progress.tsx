import { jobPercent } from '../../../shared/domain/jobs'

/**
 * Long work, quietly: a thin bar and a count, no spinner. The bar only grows when the total is
 * known; until then the count alone says that something is happening.
 */
export function Progress({ label, done, total, detail }: { label: string; done: number; total: number; detail: string }) {
  const percent = jobPercent(done, total)
  return (
    <div className="flex flex-col gap-1.5" data-testid="progress">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={total > 0 ? percent : undefined}
        aria-valuetext={detail}
        className="h-1 w-full overflow-hidden rounded-full bg-sunken"
      >
        <div className="progress-fill h-full rounded-full bg-accent" style={{ width: `${percent}%` }} />
      </div>
      <p className="text-xs tabular-nums text-muted" data-testid="progress-detail">
        {detail}
      </p>
    </div>
  )
}
