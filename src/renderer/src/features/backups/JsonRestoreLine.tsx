import { useRef, useState } from 'react'
import { type TFunction, useTranslation } from '../../i18n'
import type { BackupSummary } from '../../../../shared/api/backups'
import { ClientError } from '../../../../shared/api/client'
import type { JobState } from '../../../../shared/api/jobs'
import { maxUploadBytes } from '../../../../shared/domain/backups'
import { api } from '../../api/client'
import { Button } from '../../ui/Button'
import { errorText } from '../../ui/errors'
import { useFormat } from '../../ui/format'
import { InlineStatus } from '../../ui/layout'
import { Progress } from '../../ui/Progress'
import { useJob, useRememberJob } from '../jobs/queries'
import { RunningJob } from '../jobs/RunningJob'
import { uploadFile } from './upload'

const refusals = ['foreign', 'newer', 'damaged', 'unreadable', 'tooLarge'] as const
type Refusal = (typeof refusals)[number]

type Step =
  | { step: 'idle' }
  | { step: 'uploading'; done: number; total: number }
  | { step: 'checking' }
  | { step: 'confirm'; upload: string; summary: BackupSummary }
  | { step: 'refused'; reason: Refusal }
  | { step: 'failed'; error: unknown }

const refusalOf = (error: unknown): Refusal | null => {
  if (!(error instanceof ClientError) || error.code !== 'INVALID_INPUT') return null
  const reason = (error.details as { reason?: unknown } | undefined)?.reason
  return refusals.find((known) => known === reason) ?? null
}
const megabytes = (bytes: number) => (bytes / 1_048_576).toFixed(1)

/**
 * "Restore from a JSON backup…": the user picks a file (works in both modes), it is uploaded, what
 * it holds is shown with what restoring replaces, and only on "Restore this backup" does the
 * checked restore run, as a job. A refused file changes nothing and says why.
 */
export function JsonRestoreLine() {
  const { t } = useTranslation()
  const format = useFormat()
  const input = useRef<HTMLInputElement>(null)
  const [state, setState] = useState<Step>({ step: 'idle' })
  const job = useJob('json_restore')
  const remember = useRememberJob()

  const picked = async (file: File | undefined) => {
    if (!file) return
    if (file.size > maxUploadBytes) return setState({ step: 'refused', reason: 'tooLarge' })
    if (file.size === 0) return setState({ step: 'refused', reason: 'damaged' })
    try {
      setState({ step: 'uploading', done: 0, total: file.size })
      const upload = await uploadFile(file, (done, total) => setState({ step: 'uploading', done, total }))
      setState({ step: 'checking' })
      setState({ step: 'confirm', upload, summary: await api.backups.inspectUpload({ upload }) })
    } catch (error) {
      const reason = refusalOf(error)
      setState(reason ? { step: 'refused', reason } : { step: 'failed', error })
    }
  }
  const restore = async (upload: string) => {
    try {
      remember(await api.backups.restoreUpload({ upload }))
      setState({ step: 'idle' })
    } catch (error) {
      setState({ step: 'failed', error })
    }
  }
  const keepCurrent = (upload: string) => {
    setState({ step: 'idle' })
    void api.backups.discardUpload({ upload }).catch(() => undefined)
  }

  if (job?.status === 'running') {
    return (
      <RunningJob
        job={job}
        label={t('jsonRestore.progressLabel')}
        detail={phaseText(t, job)}
        testId="json-restore-running"
        cancelTestId="json-restore-cancel"
        className="mt-4"
      />
    )
  }
  return (
    <div className="mt-4 flex flex-col items-start gap-2" data-testid="json-restore">
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="sr-only"
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          void picked(event.target.files?.[0])
          // The same file may be picked again after a refusal.
          event.target.value = ''
        }}
        data-testid="json-restore-file"
      />
      {state.step === 'confirm' ? (
        <div className="flex w-full flex-col gap-3 rounded-md bg-sunken px-4 py-3" data-testid="json-restore-confirm">
          <div>
            <p>{t('jsonRestore.confirmIntro', { date: format.instant(state.summary.createdAt) })}</p>
            <ul className="mt-1 list-disc pl-5" data-testid="json-restore-counts">
              <li>{t('jsonRestore.people', { count: state.summary.people })}</li>
              <li>{t('jsonRestore.meetings', { count: state.summary.meetings })}</li>
              <li>{t('jsonRestore.followups', { count: state.summary.followups })}</li>
              <li>{t('jsonRestore.notes', { count: state.summary.interactions })}</li>
            </ul>
          </div>
          <p>{t('jsonRestore.confirmReplace')}</p>
          <div className="flex flex-wrap items-center gap-3">
            <Button onClick={() => void restore(state.upload)} data-testid="json-restore-confirm-yes">
              {t('jsonRestore.confirmYes')}
            </Button>
            <Button variant="quiet" onClick={() => keepCurrent(state.upload)} autoFocus data-testid="json-restore-keep">
              {t('jsonRestore.keepCurrent')}
            </Button>
          </div>
        </div>
      ) : state.step === 'uploading' || state.step === 'checking' ? (
        <div className="w-full">
          <Progress
            label={t('jsonRestore.uploading')}
            done={state.step === 'uploading' ? state.done : 0}
            total={state.step === 'uploading' ? state.total : 0}
            detail={state.step === 'uploading' ? t('jsonRestore.uploaded', { done: megabytes(state.done), total: megabytes(state.total) }) : t('jsonRestore.checking')}
          />
        </div>
      ) : (
        <>
          <p className="text-muted">{t('jsonRestore.hint')}</p>
          <Button variant="secondary" onClick={() => input.current?.click()} data-testid="json-restore-choose">
            {t('jsonRestore.choose')}
          </Button>
        </>
      )}
      {state.step === 'refused' ? <InlineStatus tone="warn">{t(`jsonRestore.refused.${state.reason}`)}</InlineStatus> : null}
      {state.step === 'failed' ? <InlineStatus tone="warn">{errorText(t, state.error)}</InlineStatus> : null}
      {state.step === 'idle' && job ? <Outcome job={job} t={t} /> : null}
    </div>
  )
}

const phases = ['reading', 'restoring', 'checking', 'indexing'] as const
function phaseText(t: TFunction, job: JobState): string {
  const phase = phases.find((known) => known === job.phase) ?? 'reading'
  return t(`jsonRestore.phase.${phase}`, { done: job.done.toLocaleString(), total: job.total.toLocaleString() })
}

function Outcome({ job, t }: { job: JobState; t: TFunction }) {
  if (job.status === 'done') {
    return (
      <InlineStatus tone="done">
        <span className="break-all" data-testid="json-restore-done">
          {t('jsonRestore.done', { count: Number(job.result?.rows ?? 0), path: String(job.result?.keptAside ?? '') })}
        </span>
      </InlineStatus>
    )
  }
  if (job.status === 'cancelled') return <InlineStatus>{t('jsonRestore.cancelled')}</InlineStatus>
  if (job.status === 'failed') return <InlineStatus tone="warn">{job.error?.code === 'INVALID_INPUT' ? t('jsonRestore.failed') : t(`errors.${job.error?.code ?? 'INTERNAL'}`)}</InlineStatus>
  return null
}
