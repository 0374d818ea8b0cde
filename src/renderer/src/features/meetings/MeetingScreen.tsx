import { useTranslation } from '../../i18n'
import { api } from '../../api/client'
import { Link, useLocation } from 'wouter'
import type { MeetingView } from '../../../../shared/api/meetings'
import { displayName } from '../../../../shared/domain/names'
import { noteSections, type NoteSection } from '../../../../shared/domain/meetings'
import { Button } from '../../ui/Button'
import { errorText } from '../../ui/errors'
import { useFormat } from '../../ui/format'
import { InlineStatus } from '../../ui/layout'
import { Markdown } from '../../ui/Markdown'
import { MarkdownFileButtons } from '../exports/MarkdownFileButtons'
import { CalendarFileButton } from '../exports/CalendarFileButton'
import { useEndMeeting } from './mutations'
import { useMeeting } from './queries'
import { notesSaved, useAutosave } from './useAutosave'

function NoteField({ meeting, section }: { meeting: MeetingView; section: NoteSection }) {
  const { t } = useTranslation()
  const notes = useAutosave(meeting.id, section, meeting[section])
  const id = `note-${section}`
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {t(`notes.${section}`)}
      </label>
      <p className="text-xs text-muted">{t(`notes.${section}Hint`)}</p>
      <textarea
        id={id}
        value={notes.text}
        onChange={(event) => notes.change(event.target.value)}
        onBlur={() => void notes.flush()}
        rows={section === 'freeNotes' ? 6 : 3}
        className="w-full rounded-md border border-line bg-surface px-3 py-2 leading-relaxed"
        data-testid={`notes-${section}`}
      />
      <p className="h-4 text-xs text-muted" aria-live="polite" data-testid={`notes-${section}-state`}>
        {notes.state === 'saving' ? t('common.saving') : notes.state === 'saved' ? t('common.saved') : notes.state === 'failed' ? t('notes.failed') : ''}
      </p>
      {section === 'freeNotes' && notes.text.trim() !== '' ? (
        <div className="rounded-md bg-sunken px-4 py-2" data-testid="notes-preview">
          <Markdown>{notes.text}</Markdown>
        </div>
      ) : null}
    </div>
  )
}

export function MeetingScreen({ id }: { id: string }) {
  const { t } = useTranslation()
  const format = useFormat()
  const [, navigate] = useLocation()
  const meeting = useMeeting(id)
  const end = useEndMeeting(id)
  if (meeting.isPending) return <p className="text-muted">{t('common.loading')}</p>
  if (meeting.isError) return <InlineStatus tone="warn">{errorText(t, meeting.error)}</InlineStatus>
  const data = meeting.data
  const name = displayName(data.person)
  const when = [data.startsAt ? format.instant(data.startsAt) : '', data.place, t(`formats.${data.format}`)].filter(Boolean).join(' · ')
  return (
    <article className="mx-auto max-w-3xl" data-testid="meeting-screen">
      <header className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div>
          <p className="text-sm text-muted">
            <Link href={`/people/${data.person.id}`} className="hover:underline">
              {name}
            </Link>
            {when ? ` · ${when}` : ''}
          </p>
          <h1 className="text-2xl font-semibold tracking-wide">{data.purpose || t('meetings.untitled', { name })}</h1>
        </div>
        {data.status === 'planned' ? (
          <div className="flex items-center gap-3">
            <Link href={`/meetings/${id}/plan`} className="text-sm text-accent underline-offset-4 hover:underline">
              {t('meetings.editPlan')}
            </Link>
            <Button
              variant="primary"
              disabled={end.isPending}
              onClick={() => end.mutate(undefined, { onSuccess: (result) => navigate(`/followups/${result.thankYou.id}`) })}
              data-testid="end-meeting"
            >
              {t('meetings.end')}
            </Button>
          </div>
        ) : null}
      </header>
      <div className="-mt-3 mb-6 -ml-1.5 flex flex-wrap items-center gap-x-1 gap-y-2" data-testid="meeting-files">
        {data.status === 'planned' && data.startsAt ? <CalendarFileButton load={() => api.meetings.ics({ id })} testId="meeting-ics" /> : null}
        <MarkdownFileButtons kind="meeting" id={id} beforeRead={notesSaved} />
      </div>
      {data.status === 'ended' ? <InlineStatus tone="done">{t('meetings.ended', { date: data.endedAt ? format.instant(data.endedAt) : '' })}</InlineStatus> : null}
      {end.isError ? <InlineStatus tone="warn">{errorText(t, end.error)}</InlineStatus> : null}
      {data.questions.length > 0 ? (
        <section className="mb-6 rounded-md bg-sunken px-5 py-4" data-testid="meeting-questions">
          <h2 className="mb-2 text-sm font-semibold text-muted">{t('meetings.questionsToAsk')}</h2>
          <ul className="list-disc pl-5">
            {data.questions.map((question, index) => (
              <li key={index}>{question.text}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="mb-4 text-sm text-muted">{t('notes.why')}</p>
      <div className="flex flex-col gap-5">
        {noteSections.map((section) => (
          <NoteField key={section} meeting={data} section={section} />
        ))}
      </div>
    </article>
  )
}
