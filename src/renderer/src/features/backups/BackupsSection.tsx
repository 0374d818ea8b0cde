import { useState } from 'react'
import { useTranslation } from '../../i18n'
import type { BackupFile } from '../../../../shared/api/backups'
import { Button } from '../../ui/Button'
import { errorText } from '../../ui/errors'
import { useFormat } from '../../ui/format'
import { InlineStatus } from '../../ui/layout'
import { BackupJobLine } from './BackupJobLine'
import { JsonBackupLine } from './JsonBackupLine'
import { useRestoreBackup } from './mutations'
import { useBackups } from './queries'

const shown = 5

/** Settings → Your data: back up now (a job with progress and cancel), and the latest copies (automatic or the user's) to restore. */
export function BackupsSection() {
  const { t } = useTranslation()
  const backups = useBackups()
  const [all, setAll] = useState(false)
  const items = backups.data?.items ?? []
  return (
    <div className="mt-6 text-sm" data-testid="backups">
      <h3 className="mb-1 font-medium">{t('backups.title')}</h3>
      <p className="mb-3 text-muted">
        {t('backups.hint')}
      </p>
      <BackupJobLine />
      {backups.data && backups.data.items.length > 0 ? (
        <ul className="mt-4 divide-y divide-line rounded-md border border-line" data-testid="backup-list">
          {(all ? items : items.slice(0, shown)).map((backup) => (
            <BackupRow key={backup.name} backup={backup} />
          ))}
        </ul>
      ) : (
        <p className="mt-3 text-muted" data-testid="no-backups">
          {t('backups.none')}
        </p>
      )}
      {!all && items.length > shown ? (
        <Button variant="quiet" className="mt-1" onClick={() => setAll(true)} data-testid="backups-show-all">
          {t('backups.showAll', { count: items.length })}
        </Button>
      ) : null}
      {backups.data ? <p className="mt-2 break-all font-mono text-xs text-muted">{backups.data.dir}</p> : null}
      <JsonBackupLine />
    </div>
  )
}

function BackupRow({ backup }: { backup: BackupFile }) {
  const { t, i18n } = useTranslation()
  const format = useFormat()
  const restore = useRestoreBackup()
  const [confirming, setConfirming] = useState(false)
  const size = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(backup.size / 1_048_576)
  return (
    <li className="px-4 py-3" data-testid="backup-row">
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <span>{format.instant(backup.createdAt)}</span>
        <span className="text-muted">{t('backups.size', { size })}</span>
        <span className="text-xs text-muted" data-testid="backup-kind">
          {t(`autoBackups.${backup.kind}`)}
        </span>
        {confirming ? null : (
          <Button variant="quiet" className="ml-auto" onClick={() => setConfirming(true)} data-testid="backup-restore">
            {t('backups.restore')}
          </Button>
        )}
      </div>
      {confirming ? (
        <div className="mt-2 flex flex-wrap items-center gap-3 rounded-md bg-sunken px-4 py-3">
          <p>{t('backups.confirm', { date: format.instant(backup.createdAt) })}</p>
          <Button
            onClick={() => restore.mutate(backup.name, { onSuccess: () => setConfirming(false) })}
            disabled={restore.isPending}
            data-testid="backup-restore-confirm"
          >
            {t('backups.confirmYes')}
          </Button>
          <Button variant="quiet" onClick={() => setConfirming(false)} autoFocus>
            {t('backups.keepCurrent')}
          </Button>
        </div>
      ) : null}
      {restore.data ? (
        <InlineStatus tone="done">{t('backups.restored', { date: format.instant(backup.createdAt), path: restore.data.keptAside })}</InlineStatus>
      ) : null}
      {restore.isError ? <InlineStatus tone="warn">{errorText(t, restore.error)}</InlineStatus> : null}
    </li>
  )
}
