import { useTranslation } from '../../i18n'
import { Button } from '../../ui/Button'
import { errorText } from '../../ui/errors'
import { useFormat } from '../../ui/format'
import { InlineStatus } from '../../ui/layout'
import { useRestoreBackup } from '../backups/mutations'
import { useHealth } from './queries'

/**
 * Shown above every screen only when the data file is damaged: what happened, that nothing was
 * changed, and the newest backup to put back. Quiet colours; it is news, not an alarm.
 */
export function HealthNotice() {
  const { t } = useTranslation()
  const format = useFormat()
  const health = useHealth()
  const restore = useRestoreBackup()
  if (health.data?.integrity !== 'damaged') {
    if (!restore.data) return null
    return (
      <div className="mx-auto mb-6 max-w-3xl">
        <InlineStatus tone="done">{t('health.restored', { path: restore.data.keptAside })}</InlineStatus>
      </div>
    )
  }
  const backup = health.data.newestBackup
  return (
    <section role="alert" className="mx-auto mb-6 max-w-3xl rounded-md border border-control bg-sunken px-5 py-4" data-testid="health-notice">
      <h2 className="mb-1 font-medium">{t('health.title')}</h2>
      <p className="mb-3 text-sm">{t('health.nothingChanged')}</p>
      {backup ? (
        <div className="flex flex-wrap items-center gap-3">
          <p className="text-sm text-muted">{t('health.offer', { date: format.instant(backup.createdAt) })}</p>
          <Button onClick={() => restore.mutate(backup.name)} disabled={restore.isPending} data-testid="health-restore">
            {t('health.restore')}
          </Button>
        </div>
      ) : (
        <p className="text-sm text-muted">{t('health.noBackup')}</p>
      )}
      {restore.isError ? <InlineStatus tone="warn">{errorText(t, restore.error)}</InlineStatus> : null}
    </section>
  )
}
