import { useState } from 'react'
import { useLocation } from 'wouter'
import { useTranslation } from '../../i18n'
import type { Resource } from '../../../../shared/api/resources'
import { displayName } from '../../../../shared/domain/names'
import { Button } from '../../ui/Button'
import { errorText } from '../../ui/errors'
import { useFormat } from '../../ui/format'
import { Chip, InlineStatus } from '../../ui/layout'
import { useRestoreResource, useShareResource } from './mutations'
import { useResourceMatches } from './queries'
import { ResourceForm } from './ResourceForm'

function Matches({ resource }: { resource: Resource }) {
  const { t } = useTranslation()
  const [, navigate] = useLocation()
  const matches = useResourceMatches(resource.id, true)
  const share = useShareResource()
  if (!matches.data) return null
  if (matches.data.length === 0) return <p className="mt-2 text-sm text-muted">{t('resources.noMatches')}</p>
  return (
    <ul className="mt-2 flex flex-col gap-1" data-testid="resource-matches">
      {matches.data.map(({ person, fit }) => (
        <li key={person.id} className="flex items-center gap-3 text-sm" data-testid="resource-match">
          <span className="min-w-0 flex-1 truncate">
            <span className="font-medium">{displayName(person)}</span>
            <span className="text-muted"> · {fit.join('、')}</span>
          </span>
          <Button
            variant="quiet"
            disabled={share.isPending}
            onClick={() => share.mutate({ id: resource.id, personId: person.id }, { onSuccess: (followup) => navigate(`/followups/${followup.id}`) })}
            data-testid="resource-share"
          >
            {t('resources.share')}
          </Button>
        </li>
      ))}
      {share.isError ? <InlineStatus tone="warn">{errorText(t, share.error)}</InlineStatus> : null}
    </ul>
  )
}

/** What a resource is: its link, why, tags and topics. */
function ResourceText({ resource }: { resource: Resource }) {
  const { t } = useTranslation()
  const format = useFormat()
  return (
    <div className="min-w-0 flex-1">
      <a href={resource.url} target="_blank" rel="noopener noreferrer" className="font-medium text-accent underline-offset-4 hover:underline">
        {resource.title}
      </a>
      {resource.why ? <p className="text-sm text-muted">{resource.why}</p> : null}
      {resource.tags.length > 0 ? (
        <div className="mt-1 flex flex-wrap gap-1.5">
          {resource.tags.map((tag) => (
            <Chip key={tag}>{tag}</Chip>
          ))}
        </div>
      ) : null}
      {resource.topics.length > 0 ? (
        <p className="mt-1 text-xs text-muted" data-testid="resource-item-topics">
          {t('resources.aboutTopics', { topics: format.list(resource.topics.map((topic) => topic.title)) })}
        </p>
      ) : null}
      {resource.deletedAt ? <p className="mt-1 text-xs text-muted">{t('resources.deletedOn', { date: format.instantDate(resource.deletedAt) })}</p> : null}
    </div>
  )
}

/**
 * One resource of the library: who it fits (and sharing with them), edit in place, or to the
 * trash. `data-resource-id` is where the search palette brings the user.
 */
export function ResourceItem({ resource, onTrash }: { resource: Resource; onTrash: (resource: Resource) => void }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const [editing, setEditing] = useState(false)
  const restore = useRestoreResource()
  const shell = 'px-4 py-3 outline-offset-2 data-[found]:bg-accent-soft'
  if (editing) {
    return (
      <li className={shell} data-testid="resource-item" data-resource-id={resource.id}>
        <ResourceForm resource={resource} onDone={() => setEditing(false)} />
      </li>
    )
  }
  return (
    <li className={shell} data-testid="resource-item" data-resource-id={resource.id}>
      <div className="flex items-start gap-4">
        <ResourceText resource={resource} />
        <div className="flex shrink-0 flex-col items-end gap-1 text-sm">
          {resource.sharedWith > 0 ? <span className="text-muted">{t('resources.sharedWith', { count: resource.sharedWith })}</span> : null}
          {resource.deletedAt ? (
            <Button onClick={() => restore.mutate(resource.id)} disabled={restore.isPending} data-testid="resource-restore">
              {t('resources.restore')}
            </Button>
          ) : (
            <>
              <Button variant="quiet" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="resource-who">
                {t('resources.whoFits')}
              </Button>
              <span className="flex gap-1">
                <Button variant="quiet" aria-label={t('resources.editNamed', { title: resource.title })} onClick={() => (setEditing(true), setOpen(false))} data-testid="resource-edit">
                  {t('common.edit')}
                </Button>
                <Button variant="quiet" aria-label={t('resources.deleteNamed', { title: resource.title })} onClick={() => onTrash(resource)} data-testid="resource-delete">
                  {t('resources.delete')}
                </Button>
              </span>
            </>
          )}
        </div>
      </div>
      {restore.isError ? <InlineStatus tone="warn">{errorText(t, restore.error)}</InlineStatus> : null}
      {open && !resource.deletedAt ? <Matches resource={resource} /> : null}
    </li>
  )
}
