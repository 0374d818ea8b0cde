import { useState } from 'react'
import { Link } from 'wouter'
import { useTranslation } from '../../i18n'
import { Button } from '../../ui/Button'
import { errorText } from '../../ui/errors'
import { useFormat } from '../../ui/format'
import { EmptyState, InlineStatus, PageHeader } from '../../ui/layout'
import { useEmptyTrash, usePurgePerson, useRestorePerson } from '../people/mutations'
import { PersonName } from '../people/PersonName'
import { useTrash } from '../people/queries'
import { useRestoreResource } from '../resources/mutations'
import { useResources } from '../resources/queries'

export function TrashScreen() {
  const { t } = useTranslation()
  const format = useFormat()
  const trash = useTrash()
  const restore = useRestorePerson()
  const purge = usePurgePerson()
  const empty = useEmptyTrash()
  const trashedResources = useResources(true)
  const restoreResource = useRestoreResource()
  const [confirming, setConfirming] = useState(false)
  const people = trash.data ?? []
  const resources = trashedResources.data ?? []
  const failed = restore.error ?? purge.error ?? empty.error ?? trash.error ?? restoreResource.error
  return (
    <div className="mx-auto max-w-3xl" data-testid="trash-screen">
      <PageHeader
        title={t('trash.title')}
        aside={
          people.length + resources.length > 0 && !confirming ? (
            <Button onClick={() => setConfirming(true)} data-testid="empty-trash">
              {t('trash.emptyTrash')}
            </Button>
          ) : null
        }
      >
        <p className="text-sm text-muted">{t('trash.intro')}</p>
      </PageHeader>
      {confirming ? (
        <div className="mb-4 flex flex-wrap items-center gap-4 rounded-md bg-sunken px-4 py-3">
          <p data-testid="confirm-empty-text">
            {people.length > 0 ? t('trash.confirmEmpty', { count: people.length }) : null}
            {people.length > 0 && resources.length > 0 ? <span className="ml-1">{t('trash.alsoResources', { count: resources.length })}</span> : null}
            {people.length === 0 ? t('trash.confirmEmptyResources', { count: resources.length }) : null}
          </p>
          <Button onClick={() => empty.mutate(undefined, { onSuccess: () => setConfirming(false) })} data-testid="confirm-empty-trash">
            {t('trash.confirm')}
          </Button>
          <Button variant="quiet" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </Button>
        </div>
      ) : null}
      {failed ? <InlineStatus tone="warn">{errorText(t, failed)}</InlineStatus> : null}
      {trash.isSuccess && trashedResources.isSuccess && people.length + resources.length === 0 ? <EmptyState title={t('trash.empty')} /> : null}
      <ul className="divide-y divide-line rounded-lg border border-line bg-surface" hidden={people.length === 0}>
        {people.map((person) => (
          <li key={person.id} className="flex items-center gap-4 px-4 py-3" data-testid="trash-row">
            <div className="min-w-0 flex-1">
              <Link href={`/people/${person.id}`} className="font-medium hover:underline">
                <PersonName name={person} />
              </Link>
              {person.deletedAt ? (
                <p className="text-xs text-muted">{t('trash.deletedOn', { date: format.instantDate(person.deletedAt) })}</p>
              ) : null}
            </div>
            <Button onClick={() => restore.mutate(person.id)} data-testid="trash-restore">
              {t('trash.restore')}
            </Button>
            <Button variant="quiet" onClick={() => purge.mutate(person.id)} data-testid="trash-purge">
              {t('trash.purge')}
            </Button>
          </li>
        ))}
      </ul>
      {resources.length > 0 ? (
        <section className="mt-8" data-testid="trash-resources">
          <h2 className="mb-2 text-sm font-semibold tracking-wider text-muted">{t('trash.resources')}</h2>
          <ul className="divide-y divide-line rounded-lg border border-line bg-surface">
            {resources.map((resource) => (
              <li key={resource.id} className="flex items-center gap-4 px-4 py-3" data-testid="trash-resource">
                <span className="min-w-0 flex-1 truncate font-medium">{resource.title}</span>
                <Button onClick={() => restoreResource.mutate(resource.id)} data-testid="trash-resource-restore">
                  {t('trash.restore')}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
}
