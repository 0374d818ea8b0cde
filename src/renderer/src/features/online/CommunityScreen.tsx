import { useState, type FormEvent } from 'react'
import { Link, useLocation } from 'wouter'
import { useTranslation } from '../../i18n'
import type { CommunityView } from '../../../../shared/api/online'
import { displayName } from '../../../../shared/domain/names'
import { Button } from '../../ui/Button'
import { errorText, fieldErrors } from '../../ui/errors'
import { SelectField, TextField } from '../../ui/fields'
import { useFormat } from '../../ui/format'
import { Loaded } from '../../ui/Loaded'
import { InlineStatus, PageHeader, Section } from '../../ui/layout'
import { PersonPicker } from '../people/PersonPicker'
import { useAddMember, useDeleteCommunity, useLogActivity, useRemoveMember } from './mutations'
import { useCommunity } from './queries'

const nobody = ''

/** What the user did there, optionally with someone: it then lands on that person's timeline. */
function LogActivity({ community }: { community: CommunityView }) {
  const { t } = useTranslation()
  const log = useLogActivity(community.id)
  const [note, setNote] = useState('')
  const [url, setUrl] = useState('')
  const [personId, setPersonId] = useState(nobody)
  const errors = fieldErrors(t, log.error)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    log.mutate(
      { note: note.trim(), url: url.trim(), ...(personId !== nobody ? { personId } : {}) },
      {
        onSuccess: () => {
          setNote('')
          setUrl('')
          setPersonId(nobody)
        }
      }
    )
  }
  return (
    <form onSubmit={submit} className="mb-4 grid gap-3 rounded-md bg-sunken p-4 sm:grid-cols-2" data-testid="log-activity">
      <div className="sm:col-span-2">
        <TextField label={t('online.activityNote')} placeholder={t('online.activityNotePlaceholder')} value={note} onChange={(e) => setNote(e.target.value)} error={errors.note} testId="activity-note" />
      </div>
      <SelectField
        label={t('online.activityPerson')}
        value={personId}
        onChange={(e) => setPersonId(e.target.value)}
        options={[{ value: nobody, label: t('online.nobody') }, ...community.members.map((person) => ({ value: person.id, label: displayName(person) }))]}
        testId="activity-person"
      />
      <TextField label={t('online.link')} type="url" placeholder="https://" value={url} onChange={(e) => setUrl(e.target.value)} error={errors.url} testId="activity-url" />
      <div className="flex items-center gap-3 sm:col-span-2">
        <Button type="submit" disabled={log.isPending} data-testid="activity-save">
          {t('online.logActivity')}
        </Button>
        {log.isSuccess ? <InlineStatus tone="done">{t('online.logged')}</InlineStatus> : null}
        {log.isError && !Object.keys(errors).length ? <InlineStatus tone="warn">{errorText(t, log.error)}</InlineStatus> : null}
      </div>
    </form>
  )
}

function CommunityPage({ community }: { community: CommunityView }) {
  const { t } = useTranslation()
  const format = useFormat()
  const [, navigate] = useLocation()
  const add = useAddMember(community.id)
  const remove = useRemoveMember(community.id)
  const destroy = useDeleteCommunity()
  return (
    <div className="mx-auto max-w-3xl" data-testid="community-screen">
      <Link href="/online" className="text-sm text-accent underline-offset-4 hover:underline">
        ← {t('online.back')}
      </Link>
      <PageHeader
        title={community.name}
        aside={
          <Button variant="quiet" onClick={() => destroy.mutate(community.id, { onSuccess: () => navigate('/online') })} data-testid="community-delete">
            {t('online.delete')}
          </Button>
        }
      >
        <p className="mt-1 text-sm text-muted">{[community.platform, community.myRole].filter(Boolean).join(' · ')}</p>
        {community.link ? (
          <a href={community.link} target="_blank" rel="noopener noreferrer" className="text-sm text-accent underline underline-offset-4">
            {community.link}
          </a>
        ) : null}
      </PageHeader>
      <Section title={t('online.people')} testId="community-members">
        {community.members.length === 0 ? <p className="mb-3 text-sm text-muted">{t('online.noMembers')}</p> : null}
        <ul className="mb-3 flex flex-col gap-1">
          {community.members.map((person) => (
            <li key={person.id} className="flex items-center justify-between gap-3" data-testid="community-member">
              <Link href={`/people/${person.id}`} className="text-accent underline-offset-4 hover:underline">
                {displayName(person)}
              </Link>
              <Button variant="quiet" onClick={() => remove.mutate(person.id)} aria-label={`${t('online.remove')}: ${displayName(person)}`}>
                {t('online.remove')}
              </Button>
            </li>
          ))}
        </ul>
        <PersonPicker label={t('online.addMember')} action={t('online.add')} onPick={(person) => add.mutate(person.id)} exclude={community.members.map((m) => m.id)} testId="member-picker" />
      </Section>
      <Section title={t('online.activity')} testId="community-activity">
        <LogActivity community={community} />
        {community.activity.length === 0 ? <p className="text-sm text-muted">{t('online.noActivity')}</p> : null}
        <ul className="flex flex-col gap-2">
          {community.activity.map((entry) => (
            <li key={entry.id} className="text-sm" data-testid="activity-entry">
              <span className="mr-3 text-muted">{format.instantDate(entry.occurredAt)}</span>
              {entry.note}
              {entry.person ? <span className="text-muted"> · {displayName(entry.person)}</span> : null}
            </li>
          ))}
        </ul>
      </Section>
    </div>
  )
}

export function CommunityScreen({ id }: { id: string }) {
  return <Loaded query={useCommunity(id)}>{(data) => <CommunityPage community={data} />}</Loaded>
}
