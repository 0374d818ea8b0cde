import { useState } from 'react'
import { useLocation } from 'wouter'
import { useTranslation } from '../../i18n'
import type { EventRow } from '../../../../shared/api/events'
import { addDays, instantOfLocalDateTime, localDateOf, localDateTimeOf } from '../../../../shared/domain/dates'
import { eventKinds, type EventKind } from '../../../../shared/domain/events'
import { Button } from '../../ui/Button'
import { errorText, fieldErrors } from '../../ui/errors'
import { SelectField, TextArea, TextField } from '../../ui/fields'
import { InlineStatus } from '../../ui/layout'
import type { StepProps } from './EventPrepScreen'
import { useCreateEvent, useUpdateBasics } from './mutations'

// The window's zone is the user's: event times are typed and shown in it.
const zone = () => Intl.DateTimeFormat().resolvedOptions().timeZone
const toLocalInput = (iso: string) => localDateTimeOf(new Date(iso), zone())
const fromLocalInput = (value: string) => instantOfLocalDateTime(value, zone())?.toISOString() ?? ''

interface Basics {
  name: string
  kind: EventKind
  startsAt: string
  endsAt: string
  place: string
  link: string
  notes: string
}

/** A new event starts tomorrow evening, 19:00 to 21:00: the usual time of a meetup or 勉強会. */
function newBasics(): Basics {
  const tomorrow = addDays(localDateOf(new Date(), zone()), 1)
  return { name: '', kind: 'meetup', startsAt: `${tomorrow}T19:00`, endsAt: `${tomorrow}T21:00`, place: '', link: '', notes: '' }
}

const basicsOf = (event: EventRow): Basics => ({
  name: event.name,
  kind: event.kind,
  startsAt: toLocalInput(event.startsAt),
  endsAt: toLocalInput(event.endsAt),
  place: event.place,
  link: event.link,
  notes: event.notes
})

const toInput = (basics: Basics) => ({ ...basics, link: basics.link.trim(), startsAt: fromLocalInput(basics.startsAt), endsAt: fromLocalInput(basics.endsAt) })

function BasicsFields({ basics, set, error }: { basics: Basics; set: (patch: Partial<Basics>) => void; error: unknown }) {
  const { t } = useTranslation()
  const errors = fieldErrors(t, error)
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div className="sm:col-span-2">
        <TextField label={t('events.name')} placeholder={t('events.namePlaceholder')} value={basics.name} onChange={(e) => set({ name: e.target.value })} error={errors.name ? t('events.errorName') : undefined} testId="event-name" autoFocus />
      </div>
      <SelectField label={t('events.kind')} value={basics.kind} onChange={(e) => set({ kind: e.target.value as EventKind })} options={eventKinds.map((value) => ({ value, label: t(`events.kinds.${value}`) }))} testId="event-kind" />
      <TextField label={t('events.place')} value={basics.place} onChange={(e) => set({ place: e.target.value })} error={errors.place} testId="event-place" />
      <TextField label={t('events.startsAt')} type="datetime-local" value={basics.startsAt} onChange={(e) => set({ startsAt: e.target.value })} error={errors.startsAt} testId="event-starts" />
      <TextField label={t('events.endsAt')} type="datetime-local" value={basics.endsAt} onChange={(e) => set({ endsAt: e.target.value })} error={errors.endsAt ? t('events.errorEnds') : undefined} testId="event-ends" />
      <div className="sm:col-span-2">
        <TextField label={t('events.link')} type="url" placeholder="https://" value={basics.link} onChange={(e) => set({ link: e.target.value })} error={errors.link} testId="event-link" />
      </div>
      <div className="sm:col-span-2">
        <TextArea label={t('events.notes')} value={basics.notes} onChange={(e) => set({ notes: e.target.value })} rows={3} testId="event-notes" />
      </div>
    </div>
  )
}

/** Step one of the wizard for an event that exists: its basics, saved with the footer. */
export function BasicsStep({ event, footer }: StepProps) {
  const [basics, setBasics] = useState(() => basicsOf(event))
  const update = useUpdateBasics(event.id)
  return (
    <>
      <BasicsFields basics={basics} set={(patch) => setBasics((current) => ({ ...current, ...patch }))} error={update.error} />
      {footer(() => update.mutateAsync(toInput(basics)))}
    </>
  )
}

/** The first step for a new event: nothing is written until the basics are complete. */
export function NewEventScreen() {
  const { t } = useTranslation()
  const [, navigate] = useLocation()
  const [basics, setBasics] = useState(newBasics)
  const create = useCreateEvent()
  // The wizard then opens at the people: the basics are done.
  const submit = () => create.mutate(toInput(basics), { onSuccess: (event) => navigate(`/events/${event.id}/prep`) })
  return (
    <div className="mx-auto max-w-3xl" data-testid="new-event-screen">
      <h1 className="mb-5 text-2xl font-semibold tracking-wide">{t('events.new')}</h1>
      <p className="mb-6 border-l-2 border-accent pl-3 text-sm text-muted">{t('events.tip.basics')}</p>
      <BasicsFields basics={basics} set={(patch) => setBasics((current) => ({ ...current, ...patch }))} error={create.error} />
      <div className="mt-8 flex flex-wrap items-center gap-4 border-t border-line pt-5">
        <Button variant="primary" disabled={create.isPending} onClick={submit} data-testid="event-create">
          {t('events.create')}
        </Button>
        {create.isError ? <InlineStatus tone="warn">{errorText(t, create.error)}</InlineStatus> : null}
      </div>
    </div>
  )
}
