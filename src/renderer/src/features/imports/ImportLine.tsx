import { Link } from 'wouter'
import { useTranslation } from '../../i18n'
import { Button } from '../../ui/Button'
import { errorText } from '../../ui/errors'
import { useFormat } from '../../ui/format'
import { InlineStatus } from '../../ui/layout'
import { useUndoImport } from './mutations'
import { useImportBatches } from './queries'

/** Settings → Your data: the way in to importing contacts, and the last import with its undo. */
export function ImportLine() {
  const { t } = useTranslation()
  const format = useFormat()
  const batches = useImportBatches()
  const undo = useUndoImport()
  const last = batches.data?.[0]
  return (
    <div className="mt-6 text-sm" data-testid="import-line">
      <h3 className="mb-1 font-medium">{t('imports.title')}</h3>
      <p className="mb-3 text-muted">{t('imports.hint')}</p>
      <Link href="/import" className="inline-flex items-center rounded-md border border-control bg-surface px-3.5 py-1.5 text-sm text-ink hover:bg-sunken" data-testid="import-open">
        {t('imports.entry')}
      </Link>
      {last ? (
        <p className="mt-3 flex flex-wrap items-center gap-3 text-muted" data-testid="import-last">
          <span>{t('imports.lastImport', { file: last.fileName || t(`imports.format.${last.format}`), date: format.instant(last.createdAt) })}</span>
          {last.undoneAt ? (
            <span>{t('imports.lastImportUndone')}</span>
          ) : (
            <Button variant="quiet" onClick={() => undo.mutate(last.id)} disabled={undo.isPending} data-testid="import-last-undo">
              {t('imports.undo')}
            </Button>
          )}
        </p>
      ) : null}
      {undo.isError ? <InlineStatus tone="warn">{errorText(t, undo.error)}</InlineStatus> : null}
    </div>
  )
}
