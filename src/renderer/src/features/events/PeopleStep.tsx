import { useEffect, useState } from 'react'
import { useTranslation } from '../../i18n'
import type { EventAttendee } from '../../../../shared/api/events'
import { maxTargets } from '../../../../shared/domain/events'
import { displayName } from '../../../../shared/domain/names'
import { Button } from '../../ui/Button'
import { errorText } from '../../ui/errors'
import { TextArea, TextField } from '../../ui/fields'
import { InlineStatus } from '../../ui/layout'
import type { StepProps } from './EventPrepScreen'
import { useAddAttendees, useMatchAttendees, useRemoveAttendee, useSetTarget, useUpdateResearch } from './mutations'


/**
 * Paste names, see whom each is, add them in one action: known people by id (one of several
 * picked), unknown names as new "discovered" people if the user wants them.
 */
function PasteNames({ eventId, onAdded }: { eventId: string; onAdded: () => void }) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const match = useMatchAttendees()
  const add = useAddAttendees(eventId)
  const [picked, setPicked] = useState<Record<string, string>>({})
  const [addNew, setAddNew] = useState(true)
  const results = match.data ?? []
  const unknown = results.filter((row) => row.matches.length === 0).map((row) => row.name)
  const chosenIds = results.flatMap((row) => {
    if (row.matches.length === 1) return [row.matches[0]?.id ?? '']
    const id = picked[row.name]
    return id ? [id] : []
  })
  const submit = () =>
    add.mutate(
      { personIds: chosenIds.filter(Boolean), newNames: addNew ? unknown : [] },
      {
        onSuccess: () => {
          setText('')
          match.reset()
          onAdded()
        }
      }
    )
  return (
    <div className="rounded-md bg-sunken p-4" data-testid="paste-names">
      <TextArea label={t('events.paste')} hint={t('events.pasteHint')} placeholder={t('events.pastePlaceholder')} value={text} onChange={(e) => setText(e.target.value)} rows={5} testId="paste-input" />
      <Button className="mt-3" disabled={text.trim() === '' || match.isPending} onClick={() => match.mutate(text)} data-testid="paste-match">
        {t('events.match')}
      </Button>
      {results.length > 0 ? (
        <div className="mt-4 flex flex-col gap-2" data-testid="paste-results">
          <ul className="flex flex-col gap-1.5">
            {results.map((row) => (
              <li key={row.name} className="flex flex-wrap items-center gap-3 text-sm" data-testid="paste-result" data-matches={row.matches.length}>
                <span className="font-medium">{row.name}</span>
                {row.matches.length === 1 && row.matches[0] ? <span className="text-moss">{t('events.matched', { name: displayName(row.matches[0]) })}</span> : null}
                {row.matches.length === 0 ? <span className="text-muted">{t('events.notFound')}</span> : null}
                {row.matches.length > 1 ? (
                  <select
                    aria-label={t('events.several')}
                    value={picked[row.name] ?? ''}
                    onChange={(e) => setPicked((current) => ({ ...current, [row.name]: e.target.value }))}
                    className="rounded-md border border-control bg-surface px-2 py-1"
                  >
                    <option value="">{t('events.several')}</option>
                    {row.matches.map((person) => (
                      <option key={person.id} value={person.id}>
                        {displayName(person)} · {t(`stages.${person.stage}`)}
                      </option>
                    ))}
                  </select>
                ) : null}
              </li>
            ))}
          </ul>
          {unknown.length > 0 ? (
            <label className="mt-2 flex items-center gap-2 text-sm">
              <input type="checkbox" checked={addNew} onChange={(e) => setAddNew(e.target.checked)} data-testid="paste-add-new" />
              {t('events.addNew', { count: unknown.length })}
            </label>
          ) : null}
          <Button className="mt-2 self-start" disabled={add.isPending} onClick={submit} data-testid="paste-add">
            {t('events.addChosen')}
          </Button>
          {add.isError ? <InlineStatus tone="warn">{errorText(t, add.error)}</InlineStatus> : null}
        </div>
      ) : null}
      {match.isError ? <InlineStatus tone="warn">{errorText(t, match.error)}</InlineStatus> : null}
    </div>
  )
}

type Research = Record<string, { research: string; commonTopics: string }>

/** One attendee: mark them to talk with, and for a target the research and common topics. */
function AttendeeRow({ eventId, attendee, research, setResearch, targetsFull }: { eventId: string; attendee: EventAttendee; research: Research; setResearch: (personId: string, value: Research[string]) => void; targetsFull: boolean }) {
  const { t } = useTranslation()
  const setTarget = useSetTarget(eventId)
  const remove = useRemoveAttendee(eventId)
  const name = displayName(attendee.person)
  // The box follows the click at once; the stored value takes over when the change comes back.
  const [wanted, setWanted] = useState<boolean | null>(null)
  const checked = wanted ?? attendee.target
  useEffect(() => {
    if (wanted === attendee.target) setWanted(null)
  }, [wanted, attendee.target])
  const mine = research[attendee.person.id] ?? { research: attendee.research, commonTopics: attendee.commonTopics }
  return (
    <li className="py-3" data-testid="attendee" data-target={attendee.target}>
      <div className="flex flex-wrap items-center gap-4">
        <span className="min-w-0 flex-1 truncate font-medium">{name}</span>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={checked}
            disabled={setTarget.isPending || (!checked && targetsFull)}
            onChange={(e) => {
              const target = e.target.checked
              setWanted(target)
              setTarget.mutate({ personId: attendee.person.id, target }, { onError: () => setWanted(null) })
            }}
            data-testid="attendee-target"
          />
          {t('events.target')}
        </label>
        <Button variant="quiet" onClick={() => remove.mutate(attendee.person.id)} data-testid="attendee-remove" aria-label={`${t('events.remove')}: ${name}`}>
          {t('events.remove')}
        </Button>
      </div>
      {setTarget.isError ? <InlineStatus tone="warn">{t('events.targetLimit')}</InlineStatus> : null}
      {attendee.target ? (
        <div className="mt-3 grid gap-3 pl-4" data-testid="attendee-research">
          <TextArea label={t('events.research')} hint={t('events.researchHint')} value={mine.research} onChange={(e) => setResearch(attendee.person.id, { ...mine, research: e.target.value })} rows={3} testId="research-notes" />
          <TextField label={t('events.commonTopics')} value={mine.commonTopics} onChange={(e) => setResearch(attendee.person.id, { ...mine, commonTopics: e.target.value })} testId="research-common" />
        </div>
      ) : null}
    </li>
  )
}

export function PeopleStep({ event, footer }: StepProps) {
  const { t } = useTranslation()
  const update = useUpdateResearch(event.id)
  // Only what the user typed here; everything else shows what is stored (prefilled when marked).
  const [research, setResearchState] = useState<Research>({})
  const [added, setAdded] = useState(false)
  const setResearch = (personId: string, value: Research[string]) => setResearchState((current) => ({ ...current, [personId]: value }))
  const attendees = event.attendees.filter((a) => a.attending)
  const targetsFull = attendees.filter((a) => a.target).length >= maxTargets
  const save = () =>
    Promise.all(
      Object.entries(research)
        .filter(([personId]) => attendees.some((a) => a.person.id === personId && a.target))
        .map(([personId, value]) => update.mutateAsync({ personId, ...value }))
    )
  return (
    <div className="flex flex-col gap-6">
      <PasteNames eventId={event.id} onAdded={() => setAdded(true)} />
      <section data-testid="attendees">
        <h2 className="mb-1 text-sm font-semibold tracking-wider text-muted">{t('events.attendees', { count: attendees.length })}</h2>
        <p className="mb-2 text-sm text-muted">{t('events.targetHint')}</p>
        {added ? <InlineStatus tone="done">{t('events.added')}</InlineStatus> : null}
        {attendees.length === 0 ? <p className="text-sm text-muted">{t('events.noAttendees')}</p> : null}
        <ul className="divide-y divide-line">
          {attendees.map((attendee) => (
            <AttendeeRow key={attendee.person.id} eventId={event.id} attendee={attendee} research={research} setResearch={setResearch} targetsFull={targetsFull} />
          ))}
        </ul>
      </section>
      {footer(save)}
    </div>
  )
}
