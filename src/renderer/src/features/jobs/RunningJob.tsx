import { useTranslation } from '../../i18n'
import type { JobState } from '../../../../shared/api/jobs'
import { Button } from '../../ui/Button'
import { Progress } from '../../ui/Progress'
import { useCancelJob } from './mutations'

interface RunningJobProps {
  job: JobState
  label: string
  detail: string
  testId: string
  cancelTestId: string
  className?: string
}

/** A job under way: its thin bar and count, and a quiet way to stop it. */
export function RunningJob({ job, label, detail, testId, cancelTestId, className }: RunningJobProps) {
  const { t } = useTranslation()
  const cancel = useCancelJob()
  return (
    <div className={className ? `${className} flex items-end gap-4` : 'flex items-end gap-4'} data-testid={testId}>
      <div className="flex-1">
        <Progress label={label} done={job.done} total={job.total} detail={detail} />
      </div>
      <Button variant="quiet" onClick={() => cancel.mutate(job.id)} data-testid={cancelTestId}>
        {t('common.cancel')}
      </Button>
    </div>
  )
}
