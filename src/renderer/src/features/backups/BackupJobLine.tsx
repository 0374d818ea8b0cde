import { type TFunction, useTranslation } from '../../i18n'
import type { JobState } from '../../../../shared/api/jobs'
import { Button } from '../../ui/Button'
import { errorText } from '../../ui/errors'
import { InlineStatus } from '../../ui/layout'
import { useJob } from '../jobs/queries'
import { RunningJob } from '../jobs/RunningJob'
import { useStartBackup } from './mutations'

/** "Back up now", then the job as it runs: a thin bar and a count, and a way to stop it. */
export function BackupJobLine() {
  const { t } = useTranslation()
  const job = useJob('backup')
  const start = useStartBackup()
  if (job?.status === 'running') {
    return (
      <RunningJob job={job} label={t('backups.progressLabel')} detail={progressDetail(t, job)} testId="backup-running" cancelTestId="backup-cancel" />
    )
  }
  return (
    <div className="flex flex-col items-start gap-2">
      <Button onClick={() => start.mutate()} disabled={start.isPending} data-testid="backup-now">
        {t('backups.now')}
      </Button>
      {job ? <JobOutcome job={job} /> : null}
      {start.isError ? <InlineStatus tone="warn">{errorText(t, start.error)}</InlineStatus> : null}
    </div>
  )
}

function progressDetail(t: TFunction, job: JobState): string {
  if (job.total === 0) return t('backups.starting')
  return t('backups.progress', { done: job.done.toLocaleString(), total: job.total.toLocaleString() })
}

function JobOutcome({ job }: { job: JobState }) {
  const { t, i18n } = useTranslation()
  if (job.status === 'done') {
    const size = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(Number(job.result?.size ?? 0) / 1_048_576)
    return <InlineStatus tone="done">{t('backups.done', { size })}</InlineStatus>
  }
  if (job.status === 'cancelled') return <InlineStatus>{t('backups.cancelled')}</InlineStatus>
  if (job.status === 'failed' && job.error) {
    return <InlineStatus tone="warn">{t(`errors.${job.error.code}`)}</InlineStatus>
  }
  return null
}
