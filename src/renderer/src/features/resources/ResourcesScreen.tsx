import { useState } from 'react'
import { useTranslation } from '../../i18n'
import type { Resource } from '../../../../shared/api/resources'
import { Button } from '../../ui/Button'
import { errorText } from '../../ui/errors'
import { InlineStatus, PageHeader, Section } from '../../ui/layout'
import { useRestoreResource, useTrashResource } from './mutations'
import { useResources } from './queries'
import { ResourceForm } from './ResourceForm'
import { ResourceItem } from './ResourceItem'

/** The library or the trash: two quiet toggles, the count of deleted ones as a plain number. */
function ShowToggle({ trashed, deleted, onChange }: { trashed: boolean; deleted: number; onChange: (trashed: boolean) => void }) {
  const { t } = useTranslation()
  return (
    <div role="group" aria-label={t('resources.show')} className="flex gap-1 text-sm">
      <Button variant="quiet" aria-pressed={!trashed} className={!trashed ? 'font-semibold text-ink' : ''} onClick={() => onChange(false)} data-testid="resources-show-library">
        {t('resources.showLibrary')}
      </Button>
      <Button variant="quiet" aria-pressed={trashed} className={trashed ? 'font-semibold text-ink' : ''} onClick={() => onChange(true)} data-testid="resources-show-deleted">
        {t('resources.showDeleted', { count: deleted })}
      </Button>
    </div>
  )
}

/** Giving value: a small library of things worth sharing, and the people each one fits. */
export function ResourcesScreen() {
  const { t } = useTranslation()
  const [trashed, setTrashed] = useState(false)
  const list = useResources(trashed)
  const deleted = useResources(true)
  const trash = useTrashResource()
  const restore = useRestoreResource()
  const [lastTrashed, setLastTrashed] = useState<Resource | null>(null)
  const toTrash = (resource: Resource) => trash.mutate(resource.id, { onSuccess: () => setLastTrashed(resource) })
  const undo = (resource: Resource) => restore.mutate(resource.id, { onSuccess: () => setLastTrashed(null) })
  const failed = list.error ?? trash.error ?? restore.error
  return (
    <div className="mx-auto max-w-3xl" data-testid="resources-screen">
      <PageHeader title={t('resources.title')} aside={<ShowToggle trashed={trashed} deleted={deleted.data?.length ?? 0} onChange={setTrashed} />} />
      <p className="mb-4 text-sm text-muted">{trashed ? t('resources.deletedIntro') : t('resources.intro')}</p>
      {failed ? <InlineStatus tone="warn">{errorText(t, failed)}</InlineStatus> : null}
      {lastTrashed && !trashed ? (
        <p className="mb-3 flex items-center gap-2 text-sm text-muted" role="status" data-testid="resource-trashed">
          {t('resources.trashed', { title: lastTrashed.title })}
          <Button variant="quiet" onClick={() => undo(lastTrashed)} data-testid="resource-undo">
            {t('resources.undo')}
          </Button>
        </p>
      ) : null}
      {list.data && list.data.length > 0 ? (
        <ul className="mb-8 divide-y divide-line rounded-lg border border-line bg-surface" data-testid={trashed ? 'resources-deleted' : 'resources-library'}>
          {list.data.map((resource) => (
            <ResourceItem key={resource.id} resource={resource} onTrash={toTrash} />
          ))}
        </ul>
      ) : list.data ? (
        <p className="mb-8 text-muted">{trashed ? t('resources.noneDeleted') : t('resources.empty')}</p>
      ) : null}
      {trashed ? null : (
        <Section title={t('resources.new')}>
          <ResourceForm />
        </Section>
      )}
    </div>
  )
}
