import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import type { Resource } from '../../../../shared/api/resources'
import { displayName } from '../../../../shared/domain/names'
import { Button } from '../../ui/Button'
import { errorText } from '../../ui/errors'
import { Chip, InlineStatus, PageHeader, Section } from '../../ui/layout'
import { useShareResource } from './mutations'
import { useResourceMatches, useResources } from './queries'
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

function ResourceItem({ resource }: { resource: Resource }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  return (
    <li className="px-4 py-3" data-testid="resource-item">
      <div className="flex items-start gap-4">
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
        </div>
        <div className="flex shrink-0 flex-col items-end gap-1 text-sm">
          {resource.sharedWith > 0 ? <span className="text-muted">{t('resources.sharedWith', { count: resource.sharedWith })}</span> : null}
          <Button variant="quiet" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="resource-who">
            {t('resources.whoFits')}
          </Button>
        </div>
      </div>
      {open ? <Matches resource={resource} /> : null}
    </li>
  )
}

/** Giving value: a small library of things worth sharing, and the people each one fits. */
export function ResourcesScreen() {
  const { t } = useTranslation()
  const list = useResources()
  return (
    <div className="mx-auto max-w-3xl" data-testid="resources-screen">
      <PageHeader title={t('resources.title')} />
      <p className="mb-4 text-sm text-muted">{t('resources.intro')}</p>
      {list.isError ? <InlineStatus tone="warn">{errorText(t, list.error)}</InlineStatus> : null}
      {list.data && list.data.length > 0 ? (
        <ul className="mb-8 divide-y divide-line rounded-lg border border-line bg-surface">
          {list.data.map((resource) => (
            <ResourceItem key={resource.id} resource={resource} />
          ))}
        </ul>
      ) : list.data ? (
        <p className="mb-8 text-muted">{t('resources.empty')}</p>
      ) : null}
      <Section title={t('resources.new')}>
        <ResourceForm />
      </Section>
    </div>
  )
}
