import { Link } from 'wouter'
import { useTranslation } from '../../i18n'
import type { Person } from '../../../../shared/api/people'
import { linkKinds } from '../../../../shared/domain/people'
import { Button } from '../../ui/Button'
import { errorText } from '../../ui/errors'
import { useFormat } from '../../ui/format'
import { Chip, InlineStatus, Section } from '../../ui/layout'
import { Markdown } from '../../ui/Markdown'
import { MarkdownFileButtons } from '../exports/MarkdownFileButtons'
import { PersonFollowups } from '../followups/PersonFollowups'
import { KeepInTouchLine } from '../aftercare/KeepInTouchLine'
import { SharedWithSection } from '../resources/SharedWithSection'
import { PlanMeetingButton } from '../meetings/PlanMeetingButton'
import { PersonMeetings } from '../meetings/PersonMeetings'
import { TouchpointLogger } from '../touchpoints/TouchpointLogger'
import { useDeletePerson, useRestorePerson } from './mutations'
import { PersonName } from './PersonName'
import { usePerson } from './queries'
import { Timeline } from './Timeline'

function ChipList({ label, items }: { label: string; items: string[] }) {
  if (items.length === 0) return null
  return (
    <div className="mb-3">
      <h3 className="mb-1 text-sm text-muted">{label}</h3>
      <div className="flex flex-wrap gap-1.5">
        {items.map((item) => (
          <Chip key={item}>{item}</Chip>
        ))}
      </div>
    </div>
  )
}

function Facts({ person }: { person: Person }) {
  const { t } = useTranslation()
  const format = useFormat()
  const links = linkKinds.filter((kind) => person.links[kind])
  const about = person.expertise.length + person.interests.length + person.challenges.length > 0
  return (
    <>
      <Section title={t('person.about')} testId="person-about">
        {about ? null : <p className="text-sm text-muted">{t('person.nothingYet')}</p>}
        <ChipList label={t('person.expertise')} items={person.expertise} />
        <ChipList label={t('person.interests')} items={person.interests} />
        <ChipList label={t('person.challenges')} items={person.challenges} />
      </Section>
      {person.metHow || person.metWhere || person.metOn ? (
        <Section title={t('person.howWeMet')}>
          <p>{person.metHow}</p>
          <p className="text-sm text-muted">
            {[person.metWhere, person.metOn ? format.localDate(person.metOn) : ''].filter(Boolean).join(' · ')}
          </p>
        </Section>
      ) : null}
      {person.email || links.length > 0 || person.preferredChannel || person.preferredLanguage || person.postalAddress ? (
        <Section title={t('person.contact')}>
          <ul className="flex flex-col gap-1">
            {person.email ? (
              <li>
                <a className="text-accent underline-offset-4 hover:underline" href={`mailto:${person.email}`}>
                  {person.email}
                </a>
              </li>
            ) : null}
            {links.map((kind) => (
              <li key={kind}>
                <span className="mr-2 text-sm text-muted">{t(`links.${kind}`)}</span>
                <a className="text-accent underline-offset-4 hover:underline" href={person.links[kind]} target="_blank" rel="noopener noreferrer">
                  {person.links[kind]}
                </a>
              </li>
            ))}
            {person.postalAddress ? (
              <li className="whitespace-pre-line" data-testid="person-address">
                <span className="mr-2 text-sm text-muted">{t('aftercare.postalAddress')}</span>
                {person.postalAddress}
              </li>
            ) : null}
          </ul>
          <p className="mt-2 text-sm text-muted">
            {[
              person.preferredChannel ? t('person.preferred', { channel: t(`channels.${person.preferredChannel}`) }) : '',
              person.preferredLanguage ? t('person.preferredLanguage', { language: t(`languages.${person.preferredLanguage}`) }) : ''
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
        </Section>
      ) : null}
      <Section title={t('person.keepInTouch')} testId="person-keep-in-touch">
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
          <dt className="text-muted">{t('form.stage')}</dt>
          <dd data-testid="person-stage">{t(`stages.${person.stage}`)}</dd>
          <dt className="text-muted">{t('form.cadence')}</dt>
          <dd>{person.cadenceDays ? t('person.cadence', { count: person.cadenceDays }) : t('person.noCadence')}</dd>
          <dt className="text-muted">{t('person.lastContact')}</dt>
          <dd>{person.lastContactAt ? format.instantDate(person.lastContactAt) : t('common.none')}</dd>
          {person.nextContactOn ? (
            <>
              <dt className="text-muted">{t('person.nextContact')}</dt>
              <dd>{format.localDate(person.nextContactOn)}</dd>
            </>
          ) : null}
        </dl>
        {person.cadenceDays ? <KeepInTouchLine personId={person.id} /> : null}
        {person.mourningYear ? <p className="mt-3 text-sm text-muted">{t('person.mourning', { year: person.mourningYear })}</p> : null}
      </Section>
      {person.milestones.length > 0 ? (
        <Section title={t('person.milestones')}>
          <ul className="flex flex-col gap-1 text-sm">
            {person.milestones.map((milestone, index) => (
              <li key={index}>
                <span className="mr-3 text-muted">{format.milestoneDate(milestone.date)}</span>
                {t(`milestones.${milestone.kind}`)}
                {milestone.note ? ` — ${milestone.note}` : ''}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <Section title={t('person.notes')} testId="person-notes">
        {person.notes ? <Markdown>{person.notes}</Markdown> : <p className="text-sm text-muted">{t('person.noNotes')}</p>}
      </Section>
    </>
  )
}

export function PersonScreen({ id }: { id: string }) {
  const { t } = useTranslation()
  const person = usePerson(id)
  const remove = useDeletePerson()
  const restore = useRestorePerson()
  if (person.isPending) return <p className="text-muted">{t('common.loading')}</p>
  if (person.isError) return <InlineStatus tone="warn">{errorText(t, person.error)}</InlineStatus>
  const data = person.data
  const work = [data.headline, data.company, data.department].filter(Boolean).join(' · ')
  return (
    <article className="mx-auto max-w-3xl" data-testid="person-screen">
      {data.deletedAt ? (
        <div className="mb-6 flex items-center justify-between rounded-md bg-sunken px-4 py-3" data-testid="in-trash">
          <p>{t('person.inTrash')}</p>
          <Button variant="primary" onClick={() => restore.mutate(id)} data-testid="restore-person">
            {t('person.restore')}
          </Button>
        </div>
      ) : null}
      <header className="mb-4 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-3xl font-semibold tracking-wide" data-testid="person-name">
            <PersonName name={data} layout="stacked" />
          </h1>
          {work ? <p className="mt-1 text-muted">{work}</p> : null}
          {data.tags.length > 0 ? (
            <div className="mt-2 flex flex-wrap gap-1.5" data-testid="person-tags">
              {data.tags.map((tag) => (
                <Chip key={tag}>{tag}</Chip>
              ))}
            </div>
          ) : null}
        </div>
        {data.deletedAt ? null : (
          <div className="flex items-center gap-3">
            <Button variant="quiet" onClick={() => remove.mutate(id)} data-testid="delete-person">
              {t('person.delete')}
            </Button>
            <PlanMeetingButton personId={id} />
            <Link href={`/people/${id}/edit`} className="rounded-md bg-accent px-4 py-2 text-sm font-medium text-accent-ink" data-testid="edit-person">
              {t('person.edit')}
            </Link>
          </div>
        )}
      </header>
      {data.deletedAt ? null : (
        <div className="mb-4 -ml-1.5 flex flex-wrap items-center gap-x-1 gap-y-2" data-testid="person-files">
          <MarkdownFileButtons kind="person" id={id} />
        </div>
      )}
      {data.deletedAt ? null : (
        <div className="mb-4">
          <TouchpointLogger personId={id} />
        </div>
      )}
      {remove.isError || restore.isError ? (
        <InlineStatus tone="warn">{errorText(t, remove.error ?? restore.error)}</InlineStatus>
      ) : null}
      <PersonFollowups personId={id} />
      <PersonMeetings personId={id} />
      <SharedWithSection personId={id} fromThem={data.timeline.filter((entry) => entry.kind === 'they_shared')} />
      <Facts person={data} />
      <Timeline personId={id} entries={data.timeline} readOnly={data.deletedAt !== null} />
    </article>
  )
}
