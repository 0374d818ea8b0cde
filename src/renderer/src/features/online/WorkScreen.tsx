import { useState } from 'react'
import { Link, useLocation } from 'wouter'
import { useTranslation } from '../../i18n'
import type { WorkView } from '../../../../shared/api/online'
import { displayName } from '../../../../shared/domain/names'
import { Button } from '../../ui/Button'
import { errorText } from '../../ui/errors'
import { TextField } from '../../ui/fields'
import { useFormat } from '../../ui/format'
import { Loaded } from '../../ui/Loaded'
import { InlineStatus, PageHeader, Section } from '../../ui/layout'
import { PersonPicker } from '../people/PersonPicker'
import { useAddEngagement, useDeleteWork, useRemoveEngagement } from './mutations'
import { useWork } from './queries'

/** One of the user's works and who engaged with it; each engagement is on that person's timeline. */
function WorkPage({ work }: { work: WorkView }) {
  const { t } = useTranslation()
  const format = useFormat()
  const [, navigate] = useLocation()
  const add = useAddEngagement(work.id)
  const remove = useRemoveEngagement(work.id)
  const destroy = useDeleteWork()
  const [note, setNote] = useState('')
  return (
    <div className="mx-auto max-w-3xl" data-testid="work-screen">
      <Link href="/online" className="text-sm text-accent underline-offset-4 hover:underline">
        ← {t('online.back')}
      </Link>
      <PageHeader
        title={work.title}
        aside={
          <Button variant="quiet" onClick={() => destroy.mutate(work.id, { onSuccess: () => navigate('/online') })} data-testid="work-delete">
            {t('online.delete')}
          </Button>
        }
      >
        <p className="mt-1 text-sm text-muted">{[t(`online.kinds.${work.kind}`), work.publishedOn ? format.localDate(work.publishedOn) : ''].filter(Boolean).join(' · ')}</p>
        {work.link ? (
          <a href={work.link} target="_blank" rel="noopener noreferrer" className="text-sm text-accent underline underline-offset-4">
            {work.link}
          </a>
        ) : null}
      </PageHeader>
      <Section title={t('online.engagedPeople')} testId="work-engagements">
        {work.engagements.length === 0 ? <p className="mb-3 text-sm text-muted">{t('online.noEngaged')}</p> : null}
        <ul className="mb-4 flex flex-col gap-2">
          {work.engagements.map((engagement) => (
            <li key={engagement.person.id} className="flex items-start justify-between gap-3" data-testid="work-engagement">
              <div>
                <Link href={`/people/${engagement.person.id}`} className="text-accent underline-offset-4 hover:underline">
                  {displayName(engagement.person)}
                </Link>
                {engagement.note ? <p className="text-sm text-muted">{engagement.note}</p> : null}
              </div>
              <Button variant="quiet" onClick={() => remove.mutate(engagement.person.id)} aria-label={`${t('online.remove')}: ${displayName(engagement.person)}`}>
                {t('online.remove')}
              </Button>
            </li>
          ))}
        </ul>
        <div className="mb-3">
          <TextField label={t('online.engagementNote')} placeholder={t('online.engagementNotePlaceholder')} value={note} onChange={(e) => setNote(e.target.value)} testId="engagement-note" />
        </div>
        <PersonPicker
          label={t('online.findEngaged')}
          action={t('online.record')}
          onPick={(person) => add.mutate({ personId: person.id, note: note.trim() }, { onSuccess: () => setNote('') })}
          exclude={work.engagements.map((e) => e.person.id)}
          testId="engaged-picker"
        />
        {add.isError ? <InlineStatus tone="warn">{errorText(t, add.error)}</InlineStatus> : null}
      </Section>
    </div>
  )
}

export function WorkScreen({ id }: { id: string }) {
  return <Loaded query={useWork(id)}>{(data) => <WorkPage work={data} />}</Loaded>
}
