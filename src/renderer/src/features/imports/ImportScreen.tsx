import { useMemo, useRef, useState } from 'react'
import { Link } from 'wouter'
import { useTranslation } from '../../i18n'
import type { ImportPreview, ImportSource } from '../../../../shared/api/imports'
import type { JobState } from '../../../../shared/api/jobs'
import { Button } from '../../ui/Button'
import { errorText } from '../../ui/errors'
import { InlineStatus, PageHeader } from '../../ui/layout'
import { Progress } from '../../ui/Progress'
import { useJob } from '../jobs/queries'
import { changedChoices, countToImport, isDuplicate, type RowChoice } from './choices'
import { useCommitImport, usePreviewFile, useUndoImport } from './mutations'
import { PreviewRows } from './PreviewRows'
import { refusal } from './upload'

const pageSize = 50
const filters = ['all', 'duplicates', 'problems'] as const
type Filter = (typeof filters)[number]

/** Import contacts: choose a file, look at every row, decide per row, import, and undo if needed. */
export function ImportScreen() {
  const { t } = useTranslation()
  const read = usePreviewFile()
  const commit = useCommitImport()
  const [startedJob, setStartedJob] = useState<string | null>(null)
  const job = useJob('import')
  const reading = useJob('import_preview')
  const ours = job && job.id === startedJob ? job : undefined
  const input = useRef<HTMLInputElement>(null)

  const choose = (file: File | undefined) => {
    if (!file) return
    setStartedJob(null)
    commit.reset()
    read.mutate(file)
  }
  const loaded = read.data
  return (
    <div className="mx-auto max-w-3xl" data-testid="import-screen">
      <PageHeader title={t('imports.title')} />
      <p className="mb-4 text-sm text-muted">{t('imports.hint')}</p>
      <input ref={input} type="file" accept=".csv,.vcf,.vcard,text/csv,text/vcard" className="sr-only" tabIndex={-1} aria-hidden="true" onChange={(event) => { choose(event.target.files?.[0]); event.target.value = '' }} data-testid="import-file" />
      {ours ? (
        <JobView job={ours} />
      ) : (
        <>
          <div className="mb-6 flex flex-wrap items-center gap-3">
            <Button variant="secondary" onClick={() => input.current?.click()} disabled={read.isPending} data-testid="import-choose">
              {loaded ? t('imports.chooseAnother') : t('imports.choose')}
            </Button>
            {loaded ? <span className="text-sm text-muted" data-testid="import-file-name">{loaded.fileName}</span> : <span className="text-xs text-muted">{t('imports.formats')}</span>}
          </div>
          {read.isPending ? <Reading job={reading} /> : null}
          {read.isError ? <Refused error={read.error} /> : null}
          {loaded && !read.isPending ? (
            <PreviewPanel
              key={loaded.source.upload}
              preview={loaded.preview}
              onCommit={(chosen) =>
                commit.mutate(
                  { source: loaded.source, fileName: loaded.fileName, choices: changedChoices(loaded.preview, chosen) },
                  { onSuccess: (state) => setStartedJob(state.id) }
                )
              }
              busy={commit.isPending}
            />
          ) : null}
          {commit.isError ? <div className="mt-3"><Refused error={commit.error} /></div> : null}
        </>
      )}
    </div>
  )
}

/** The preview's job while it reads and matches: a bar once it has started, a line before. */
function Reading({ job }: { job: JobState | undefined }) {
  const { t } = useTranslation()
  const words = job?.phase === 'matching' ? t('imports.matching') : t('imports.reading')
  if (job?.status !== 'running') return <InlineStatus>{t('imports.reading')}</InlineStatus>
  return <Progress label={t('imports.reading')} done={job.done} total={job.total} detail={words} />
}

/** A refused file in plain words, and that nothing was written; never the error's own text. */
function Refused({ error }: { error: unknown }) {
  const { t } = useTranslation()
  const reason = refusal(error)
  return (
    <div data-testid="import-refused">
      <InlineStatus tone="warn">{reason ? `${t(`imports.refused.${reason}`)} ${t('imports.nothingWritten')}` : errorText(t, error)}</InlineStatus>
    </div>
  )
}

function PreviewPanel({ preview, onCommit, busy }: { preview: ImportPreview & { source?: ImportSource }; onCommit(chosen: ReadonlyMap<number, RowChoice>): void; busy: boolean }) {
  const { t } = useTranslation()
  const [chosen, setChosen] = useState<ReadonlyMap<number, RowChoice>>(new Map())
  const [filter, setFilter] = useState<Filter>('all')
  const [page, setPage] = useState(0)
  const shown = useMemo(
    () => preview.rows.filter((row) => (filter === 'duplicates' ? isDuplicate(row) : filter === 'problems' ? row.problems.length > 0 : true)),
    [preview, filter]
  )
  const pages = Math.max(1, Math.ceil(shown.length / pageSize))
  const current = Math.min(page, pages - 1)
  const rows = shown.slice(current * pageSize, (current + 1) * pageSize)
  const toImport = countToImport(preview, chosen)
  const { counts } = preview
  return (
    <section aria-labelledby="import-preview-title" data-testid="import-preview">
      <h2 id="import-preview-title" className="mb-1 text-base font-medium">
        {t(`imports.format.${preview.format}`)} · {t('imports.summary', { count: counts.rows })}
      </h2>
      <p className="mb-4 text-sm text-muted" data-testid="import-counts">
        <span data-testid="import-count-new">{t('imports.countNew', { count: counts.new })}</span>
        <span aria-hidden="true"> · </span>
        <span data-testid="import-count-duplicates">{t('imports.countDuplicates', { count: counts.duplicates })}</span>
        <span aria-hidden="true"> · </span>
        <span data-testid="import-count-problems">{t('imports.countProblems', { count: counts.problems })}</span>
      </p>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-3">
        <label className="flex items-center gap-2 text-sm">
          <span className="text-muted">{t('imports.show')}</span>
          <select
            className="rounded-md border border-control bg-surface px-2 py-1 text-sm"
            value={filter}
            onChange={(event) => { setFilter(event.target.value as Filter); setPage(0) }}
            data-testid="import-filter"
          >
            {filters.map((value) => (
              <option key={value} value={value}>{t(`imports.filter.${value}`)}</option>
            ))}
          </select>
        </label>
        {shown.length > pageSize ? (
          <div className="flex items-center gap-2 text-xs text-muted">
            <span className="tabular-nums">{t('imports.page', { from: current * pageSize + 1, to: current * pageSize + rows.length, total: shown.length })}</span>
            <Button variant="quiet" onClick={() => setPage(current - 1)} disabled={current === 0}>{t('imports.previous')}</Button>
            <Button variant="quiet" onClick={() => setPage(current + 1)} disabled={current >= pages - 1}>{t('imports.next')}</Button>
          </div>
        ) : null}
      </div>
      <PreviewRows preview={preview} rows={rows} chosen={chosen} onChoose={(row, choice) => setChosen((before) => new Map(before).set(row, choice))} />
      <p className="mt-4 text-xs text-muted">{t('imports.mergeNote')}</p>
      <div className="mt-4">
        <Button variant="primary" onClick={() => onCommit(chosen)} disabled={busy || toImport === 0} data-testid="import-commit">
          {t('imports.commit', { count: toImport })}
        </Button>
      </div>
    </section>
  )
}

function JobView({ job }: { job: JobState }) {
  const { t } = useTranslation()
  const undo = useUndoImport()
  if (job.status === 'running') {
    return (
      <div data-testid="import-running">
        <Progress label={t('imports.progressLabel')} done={job.done} total={job.total} detail={job.total === 0 ? t('imports.starting') : t('imports.writing', { done: job.done, total: job.total })} />
      </div>
    )
  }
  if (job.status === 'cancelled') return <InlineStatus>{t('imports.cancelled')}</InlineStatus>
  if (job.status === 'failed') return <InlineStatus tone="warn">{`${t(`errors.${job.error?.code ?? 'INTERNAL'}`)}`}</InlineStatus>
  const count = (key: string) => Number(job.result?.[key] ?? 0)
  const batchId = String(job.result?.batchId ?? '')
  return (
    <div className="flex flex-col items-start gap-3 text-sm" data-testid="import-done" data-job={job.id}>
      {undo.isSuccess ? (
        <InlineStatus tone="done"><span data-testid="import-undone">{t('imports.undone')}</span></InlineStatus>
      ) : (
        <InlineStatus tone="done"><span data-testid="import-summary">{t('imports.done', { created: count('created'), merged: count('merged'), skipped: count('skipped') })}</span></InlineStatus>
      )}
      <div className="flex items-center gap-4">
        <Link href="/people" className="text-accent underline-offset-4 hover:underline">{t('imports.seePeople')}</Link>
        {!undo.isSuccess ? (
          <Button variant="quiet" onClick={() => undo.mutate(batchId)} disabled={undo.isPending || batchId === ''} data-testid="import-undo">
            {t('imports.undo')}
          </Button>
        ) : null}
      </div>
      {undo.isError ? <InlineStatus tone="warn">{errorText(t, undo.error)}</InlineStatus> : null}
    </div>
  )
}
