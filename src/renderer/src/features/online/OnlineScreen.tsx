import { useState, type FormEvent } from 'react'
import { Link } from 'wouter'
import { useTranslation } from '../../i18n'
import { workKinds, type WorkKind } from '../../../../shared/domain/online'
import { Button } from '../../ui/Button'
import { errorText, fieldErrors } from '../../ui/errors'
import { SelectField, TextField } from '../../ui/fields'
import { useFormat } from '../../ui/format'
import { InlineStatus, PageHeader, Section } from '../../ui/layout'
import { useCreateCommunity, useCreateWork } from './mutations'
import { useOnlineOverview } from './queries'

function NewCommunity() {
  const { t } = useTranslation()
  const create = useCreateCommunity()
  const [fields, setFields] = useState({ name: '', platform: '', link: '', myRole: '' })
  const errors = fieldErrors(t, create.error)
  const set = (patch: Partial<typeof fields>) => setFields((current) => ({ ...current, ...patch }))
  const submit = (event: FormEvent) => {
    event.preventDefault()
    create.mutate({ ...fields, link: fields.link.trim() }, { onSuccess: () => setFields({ name: '', platform: '', link: '', myRole: '' }) })
  }
  return (
    <form onSubmit={submit} className="mt-3 grid gap-3 rounded-md bg-sunken p-4 sm:grid-cols-2" data-testid="new-community">
      <TextField label={t('online.name')} value={fields.name} onChange={(e) => set({ name: e.target.value })} error={errors.name} testId="community-name" />
      <TextField label={t('online.platform')} placeholder={t('online.platformPlaceholder')} value={fields.platform} onChange={(e) => set({ platform: e.target.value })} testId="community-platform" />
      <TextField label={t('online.link')} type="url" placeholder="https://" value={fields.link} onChange={(e) => set({ link: e.target.value })} error={errors.link} testId="community-link" />
      <TextField label={t('online.myRole')} placeholder={t('online.myRolePlaceholder')} value={fields.myRole} onChange={(e) => set({ myRole: e.target.value })} testId="community-role" />
      <div className="flex items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={create.isPending} data-testid="community-add">
          {t('online.addCommunity')}
        </Button>
        {create.isError && !Object.keys(errors).length ? <InlineStatus tone="warn">{errorText(t, create.error)}</InlineStatus> : null}
      </div>
    </form>
  )
}

function NewWork() {
  const { t } = useTranslation()
  const create = useCreateWork()
  const empty = { kind: 'article' as WorkKind, title: '', link: '', publishedOn: '' }
  const [fields, setFields] = useState(empty)
  const errors = fieldErrors(t, create.error)
  const set = (patch: Partial<typeof fields>) => setFields((current) => ({ ...current, ...patch }))
  const submit = (event: FormEvent) => {
    event.preventDefault()
    create.mutate({ ...fields, link: fields.link.trim(), publishedOn: fields.publishedOn || null }, { onSuccess: () => setFields(empty) })
  }
  return (
    <form onSubmit={submit} className="mt-3 grid gap-3 rounded-md bg-sunken p-4 sm:grid-cols-[auto_1fr]" data-testid="new-work">
      <SelectField label={t('online.kind')} value={fields.kind} onChange={(e) => set({ kind: e.target.value as WorkKind })} options={workKinds.map((value) => ({ value, label: t(`online.kinds.${value}`) }))} testId="work-kind" />
      <TextField label={t('online.workTitle')} value={fields.title} onChange={(e) => set({ title: e.target.value })} error={errors.title} testId="work-title" />
      <TextField label={t('online.publishedOn')} type="date" value={fields.publishedOn} onChange={(e) => set({ publishedOn: e.target.value })} error={errors.publishedOn} testId="work-date" />
      <TextField label={t('online.link')} type="url" placeholder="https://" value={fields.link} onChange={(e) => set({ link: e.target.value })} error={errors.link} testId="work-link" />
      <div className="flex items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={create.isPending} data-testid="work-add">
          {t('online.addWork')}
        </Button>
        {create.isError && !Object.keys(errors).length ? <InlineStatus tone="warn">{errorText(t, create.error)}</InlineStatus> : null}
      </div>
    </form>
  )
}

/** The communities the user takes part in and their own work, each opening to its people. */
export function OnlineScreen() {
  const { t } = useTranslation()
  const format = useFormat()
  const overview = useOnlineOverview()
  const data = overview.data
  return (
    <div className="mx-auto max-w-3xl" data-testid="online-screen">
      <PageHeader title={t('online.title')}>
        <p className="mt-1 text-sm text-muted">{t('online.why')}</p>
      </PageHeader>
      {overview.isError ? <InlineStatus tone="warn">{errorText(t, overview.error)}</InlineStatus> : null}
      <Section title={t('online.communities')} testId="communities">
        {data && data.communities.length === 0 ? <p className="text-sm text-muted">{t('online.noCommunities')}</p> : null}
        {data && data.communities.length > 0 ? (
          <ul className="divide-y divide-line rounded-lg border border-line bg-surface">
            {data.communities.map((community) => (
              <li key={community.id}>
                <Link href={`/online/communities/${community.id}`} className="flex items-center gap-4 px-4 py-3 hover:bg-sunken" data-testid="community-row">
                  <div className="min-w-0 flex-1">
                    <div className="truncate font-medium">{community.name}</div>
                    <div className="truncate text-sm text-muted">{[community.platform, community.myRole].filter(Boolean).join(' · ')}</div>
                  </div>
                  <span className="text-right text-sm text-muted">
                    {t('online.members', { count: community.memberCount })}
                    {community.lastActivityAt ? <span className="block text-xs">{t('online.lastActivity', { date: format.instantDate(community.lastActivityAt) })}</span> : null}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
        <NewCommunity />
      </Section>
      <Section title={t('online.works')} testId="works">
        {data && data.works.length === 0 ? <p className="text-sm text-muted">{t('online.noWorks')}</p> : null}
        {data && data.works.length > 0 ? (
          <ul className="divide-y divide-line rounded-lg border border-line bg-surface">
            {data.works.map((work) => (
              <li key={work.id}>
                <Link href={`/online/works/${work.id}`} className="flex items-center gap-4 px-4 py-3 hover:bg-sunken" data-testid="work-row">
                  <div className="min-w-0 flex-1">
                    <div className="truncate font-medium">{work.title}</div>
                    <div className="truncate text-sm text-muted">{[t(`online.kinds.${work.kind}`), work.publishedOn ? format.localDate(work.publishedOn) : ''].filter(Boolean).join(' · ')}</div>
                  </div>
                  <span className="text-sm text-muted">{t('online.engaged', { count: work.engagedCount })}</span>
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
        <NewWork />
      </Section>
    </div>
  )
}
