import { type TFunction, useTranslation } from '../../i18n'
import type { JobState } from '../../../../shared/api/jobs'
import { Button } from '../../ui/Button'
import { errorText } from '../../ui/errors'
import { InlineStatus } from '../../ui/layout'
import { useJob } from '../jobs/queries'
import { RunningJob } from '../jobs/RunningJob'
import { JsonRestoreLine } from './JsonRestoreLine'
import { useStartJsonBackup } from './mutations'

/** "Export a JSON backup" into the backups folder, its progress by rows, then where the file is. */
export function JsonBackupLine() {
  const { t } = useTranslation()
  const job = useJob('json_backup')
  const start = useStartJsonBackup()
  return (
    <div className="mt-6" data-testid="json-backup">
      <h3 className="mb-1 font-medium">{t('jsonBackup.title')}</h3>
      <p className="mb-3 text-muted">{t('jsonBackup.hint')}</p>
      {job?.status === 'running' ? (
        <RunningJob job={job} label={t('jsonBackup.progressLabel')} detail={progressDetail(t, job)} testId="json-backup-running" cancelTestId="json-backup-cancel" />
      ) : (
        <div className="flex flex-col items-start gap-2">
          <Button variant="secondary" onClick={() => start.mutate()} disabled={start.isPending} data-testid="json-backup-export">
            {t('jsonBackup.export')}
          </Button>
          {job ? <JobOutcome job={job} /> : null}
          {start.isError ? <InlineStatus tone="warn">{errorText(t, start.error)}</InlineStatus> : null}
        </div>
      )}
      <JsonRestoreLine />
    </div>
  )
}

function progressDetail(t: TFunction, job: JobState): string {
  if (job.total === 0) return t('jsonBackup.starting')
  return t('jsonBackup.progress', { done: job.done.toLocaleString(), total: job.total.toLocaleString() })
}

function JobOutcome({ job }: { job: JobState }) {
  const { t } = useTranslation()
  if (job.status === 'done') {
    return (
      <InlineStatus tone="done">
        <span className="break-all">{t('jsonBackup.done', { count: Number(job.result?.rows ?? 0), file: String(job.result?.file ?? '') })}</span>
      </InlineStatus>
    )
  }
  if (job.status === 'cancelled') return <InlineStatus>{t('jsonBackup.cancelled')}</InlineStatus>
  if (job.status === 'failed' && job.error) return <InlineStatus tone="warn">{t(`errors.${job.error.code}`)}</InlineStatus>
  return null
}
