import { useState } from 'react'
import { Link } from 'wouter'
import { useTranslation } from '../../i18n'
import type { EventView } from '../../../../shared/api/events'
import { goalOutcomes, type GoalOutcome } from '../../../../shared/domain/events'
import { displayName } from '../../../../shared/domain/names'
import { Button } from '../../ui/Button'
import { errorText } from '../../ui/errors'
import { TextArea, TextField } from '../../ui/fields'
import { Loaded } from '../../ui/Loaded'
import { InlineStatus } from '../../ui/layout'
import { useReflect } from './mutations'
import { useEvent } from './queries'

/** One person met: someone on the event's list (by id) or a name typed quickly. */
interface MetRow {
  key: number
  personId: string
  name: string
  talkedAbout: string
  promised: string
}

const newPerson = ''
let nextKey = 0
const emptyRow = (personId = newPerson): MetRow => ({ key: nextKey++, personId, name: '', talkedAbout: '', promised: '' })

function OutcomeChoice({ goal, index, value, onChange }: { goal: string; index: number; value: GoalOutcome | null; onChange: (value: GoalOutcome) => void }) {
  const { t } = useTranslation()
  return (
    <fieldset className="py-2" data-testid="reflect-goal">
      <legend className="mb-1">{goal}</legend>
      <div className="flex flex-wrap gap-4">
        {goalOutcomes.map((outcome) => (
          <label key={outcome} className="flex items-center gap-1.5 text-sm">
            <input type="radio" name={`goal-${index}`} checked={value === outcome} onChange={() => onChange(outcome)} data-testid={`reflect-outcome-${outcome}`} />
            {t(`events.outcome.${outcome}`)}
          </label>
        ))}
      </div>
    </fieldset>
  )
}

function MetPerson({ row, event, set, remove }: { row: MetRow; event: EventView; set: (patch: Partial<MetRow>) => void; remove: () => void }) {
  const { t } = useTranslation()
  return (
    <li className="grid gap-3 rounded-md border border-line p-4 sm:grid-cols-2" data-testid="reflect-met">
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t('events.metPerson')}
        <select value={row.personId} onChange={(e) => set({ personId: e.target.value })} className="rounded-md border border-control bg-surface px-3 py-1.5 font-normal" data-testid="reflect-met-person">
          <option value={newPerson}>{t('events.metNew')}</option>
          {event.attendees.map((attendee) => (
            <option key={attendee.person.id} value={attendee.person.id}>
              {displayName(attendee.person)}
            </option>
          ))}
        </select>
      </label>
      {row.personId === newPerson ? <TextField label={t('events.metName')} value={row.name} onChange={(e) => set({ name: e.target.value })} testId="reflect-met-name" /> : <span />}
      <div className="sm:col-span-2">
        <TextField label={t('events.talkedAbout')} value={row.talkedAbout} onChange={(e) => set({ talkedAbout: e.target.value })} testId="reflect-met-talked" />
      </div>
      <div className="sm:col-span-2">
        <TextArea label={t('events.promised')} value={row.promised} onChange={(e) => set({ promised: e.target.value })} rows={2} testId="reflect-met-promised" />
      </div>
      <Button variant="quiet" className="justify-self-start" onClick={remove}>
        {t('events.remove')}
      </Button>
    </li>
  )
}

/**
 * After the event: each goal met / partly / not, energy left, a note, and whom the user met.
 * Saving makes a thank-you for each person, due today, and one follow-up per promise.
 */
function Reflection({ event }: { event: EventView }) {
  const { t } = useTranslation()
  const reflect = useReflect(event.id)
  const [outcomes, setOutcomes] = useState<(GoalOutcome | null)[]>(() => event.goals.map((goal) => goal.outcome))
  const [energy, setEnergy] = useState<number | null>(event.energy)
  const [note, setNote] = useState(event.reflection)
  const [met, setMet] = useState<MetRow[]>(() => {
    const already = event.attendees.filter((a) => a.met).map((a) => ({ ...emptyRow(a.person.id), talkedAbout: a.talkedAbout, promised: a.promised }))
    return already.length > 0 ? already : [emptyRow()]
  })
  const setRow = (key: number, patch: Partial<MetRow>) => setMet((rows) => rows.map((row) => (row.key === key ? { ...row, ...patch } : row)))
  const rows = met.filter((row) => row.personId !== newPerson || row.name.trim() !== '')
  const save = () =>
    reflect.mutate(
      {
        outcomes,
        energy,
        note,
        met: rows.map((row) => ({
          ...(row.personId === newPerson ? { name: row.name.trim() } : { personId: row.personId }),
          talkedAbout: row.talkedAbout.trim(),
          promised: row.promised
        }))
      },
      {
        // Names typed once are people now: show them as such, so saving again finds the same people.
        onSuccess: (result) => {
          const byName = new Map(result.event.attendees.filter((a) => a.met).map((a) => [displayName(a.person), a.person.id]))
          setMet((current) => current.map((row) => (row.personId === newPerson && byName.has(row.name.trim()) ? { ...row, personId: byName.get(row.name.trim()) ?? newPerson } : row)))
        }
      }
    )
  return (
    <div className="mx-auto max-w-3xl" data-testid="reflect-screen">
      <p className="text-sm text-muted">{event.name}</p>
      <h1 className="mb-2 text-2xl font-semibold tracking-wide">{t('events.reflectTitle')}</h1>
      <p className="mb-6 text-sm text-muted">{t('events.reflectWhy')}</p>
      {event.goals.length > 0 ? (
        <section className="mb-6" data-testid="reflect-goals">
          <h2 className="mb-1 text-sm font-semibold tracking-wider text-muted">{t('events.step.goals')}</h2>
          {event.goals.map((goal, index) => (
            <OutcomeChoice key={goal.text} goal={goal.text} index={index} value={outcomes[index] ?? null} onChange={(value) => setOutcomes((current) => current.map((old, i) => (i === index ? value : old)))} />
          ))}
        </section>
      ) : null}
      <fieldset className="mb-6" data-testid="reflect-energy">
        <legend className="mb-1 text-sm font-medium">{t('events.energyLevel')}</legend>
        <div className="flex gap-4">
          {[1, 2, 3, 4, 5].map((level) => (
            <label key={level} className="flex items-center gap-1.5 text-sm">
              <input type="radio" name="energy" checked={energy === level} onChange={() => setEnergy(level)} data-testid={`reflect-energy-${level}`} />
              {level}
            </label>
          ))}
        </div>
      </fieldset>
      <section className="mb-6" data-testid="reflect-people">
        <h2 className="mb-1 text-sm font-semibold tracking-wider text-muted">{t('events.whoIMet')}</h2>
        <p className="mb-3 text-sm text-muted">{t('events.whoIMetHint')}</p>
        <ul className="flex flex-col gap-3">
          {met.map((row) => (
            <MetPerson key={row.key} row={row} event={event} set={(patch) => setRow(row.key, patch)} remove={() => setMet((current) => current.filter((r) => r.key !== row.key))} />
          ))}
        </ul>
        <Button variant="quiet" className="-ml-1.5 mt-2" onClick={() => setMet((current) => [...current, emptyRow()])} data-testid="reflect-add-met">
          {t('events.addMet')}
        </Button>
      </section>
      <TextArea label={t('events.reflectionNote')} value={note} onChange={(e) => setNote(e.target.value)} rows={3} testId="reflect-note" />
      <div className="mt-8 flex flex-wrap items-center gap-4 border-t border-line pt-5">
        <Button variant="primary" disabled={reflect.isPending} onClick={save} data-testid="reflect-save">
          {t('events.saveReflection')}
        </Button>
        <Link href={`/events/${event.id}`} className="text-sm text-accent underline-offset-4 hover:underline">
          {t('events.back')}
        </Link>
        {reflect.isError ? <InlineStatus tone="warn">{errorText(t, reflect.error)}</InlineStatus> : null}
        {reflect.isSuccess ? (
          <span data-testid="reflect-saved">
            <InlineStatus tone="done">
              {reflect.data.thankYous.length > 0 ? t('events.reflectionSaved', { count: reflect.data.thankYous.length }) : t('events.reflectionSavedNone')}{' '}
              <Link href="/today" className="underline underline-offset-4">
                {t('nav.today')}
              </Link>
            </InlineStatus>
          </span>
        ) : null}
      </div>
    </div>
  )
}

export function ReflectScreen({ id }: { id: string }) {
  return <Loaded query={useEvent(id)}>{(data) => <Reflection event={data} />}</Loaded>
}
