import { useState } from 'react'
import { type TFunction, useTranslation } from '../../i18n'
import type { JobState } from '../../../../shared/api/jobs'
import { chooseFolder } from '../../api/desktop'
import { Button } from '../../ui/Button'
import { errorText } from '../../ui/errors'
import { InlineStatus } from '../../ui/layout'
import { useJob } from '../jobs/queries'
import { RunningJob } from '../jobs/RunningJob'
import { useExportVault } from './mutations'
import { useVaultFolder } from './queries'

/** Settings → Your data: export everything as Markdown into a folder Obsidian opens as a vault. */
export function ExportVaultLine() {
  const { t, i18n } = useTranslation()
  const job = useJob('export')
  const folder = useVaultFolder()
  const start = useExportVault()
  // Desktop only: a folder picked in the system dialog (main has granted it); else the default one.
  const [chosen, setChosen] = useState<string | null>(null)
  const [choosing, setChoosing] = useState<{ pending: boolean; error: unknown }>({ pending: false, error: null })
  const language = i18n.language
  const choose = async () => {
    if (!chooseFolder) return
    setChoosing({ pending: true, error: null })
    try {
      const picked = await chooseFolder()
      if (picked) setChosen(picked.folder)
      setChoosing({ pending: false, error: null })
    } catch (error) {
      setChoosing({ pending: false, error })
    }
  }
  const shownFolder = job?.status === 'done' ? String(job.result?.folder ?? '') : (chosen ?? folder.data?.folder ?? '')
  return (
    <div className="mt-6 text-sm" data-testid="export-vault">
      <h3 className="mb-1 font-medium">{t('exports.title')}</h3>
      <p className="mb-3 text-muted">{t('exports.hint')}</p>
      {job?.status === 'running' ? (
        <RunningJob job={job} label={t('exports.progressLabel')} detail={progressDetail(t, job)} testId="export-running" cancelTestId="export-cancel" />
      ) : (
        <div className="flex flex-col items-start gap-2">
          <Button variant="secondary" onClick={() => start.mutate({ language, folder: chosen })} disabled={start.isPending} data-testid="export-now">
            {t('exports.now')}
          </Button>
          {job ? <Outcome job={job} t={t} /> : null}
          {start.isError ? <InlineStatus tone="warn">{errorText(t, start.error)}</InlineStatus> : null}
        </div>
      )}
      {folder.data ? (
        <div className="mt-2 flex flex-wrap items-baseline gap-x-3 gap-y-1">
          <p className="break-all font-mono text-xs text-muted" data-testid="export-folder">
            {shownFolder}
          </p>
          {chooseFolder && job?.status !== 'running' ? (
            <Button variant="quiet" onClick={() => void choose()} disabled={choosing.pending} data-testid="export-choose-folder">
              {t('exports.chooseFolder')}
            </Button>
          ) : null}
        </div>
      ) : null}
      {choosing.error ? <InlineStatus tone="warn">{errorText(t, choosing.error)}</InlineStatus> : null}
    </div>
  )
}

function progressDetail(t: TFunction, job: JobState): string {
  if (job.total === 0) return t('exports.starting')
  return t(`exports.phase.${phaseOf(job.phase)}`, { done: job.done.toLocaleString(), total: job.total.toLocaleString() })
}

const phases = ['people', 'meetings', 'events', 'followups', 'index'] as const
const phaseOf = (phase: string) => phases.find((known) => known === phase) ?? 'people'

function Outcome({ job, t }: { job: JobState; t: TFunction }) {
  if (job.status === 'done') {
    const count = (key: string) => Number(job.result?.[key] ?? 0)
    return (
      <div data-testid="export-summary" data-job={job.id}>
        <InlineStatus tone="done">{t('exports.done', { written: count('written'), unchanged: count('unchanged') })}</InlineStatus>
        {count('keptUserEdits') > 0 ? (
          <p className="mt-1" data-testid="export-kept">
            {t('exports.kept', { count: count('keptUserEdits') })}
          </p>
        ) : null}
      </div>
    )
  }
  if (job.status === 'cancelled') return <InlineStatus>{t('exports.cancelled')}</InlineStatus>
  if (job.status === 'failed' && job.error) return <InlineStatus tone="warn">{t(`errors.${job.error.code}`)}</InlineStatus>
  return null
}
