import { useState, type FormEvent } from 'react'
import { useTranslation } from '../../i18n'
import type { Interaction } from '../../../../shared/api/people'
import { interactionKinds, type InteractionKind } from '../../../../shared/domain/people'
import { Button } from '../../ui/Button'
import { errorText, fieldErrors } from '../../ui/errors'
import { SelectField, TextArea, TextField } from '../../ui/fields'
import { useFormat } from '../../ui/format'
import { InlineStatus, Section } from '../../ui/layout'
import { textLimits } from '../../ui/limits'
import { Markdown } from '../../ui/Markdown'
import { useAddInteraction } from './mutations'
import { instantOfLocalDateTime, localDateOf } from '../../../../shared/domain/dates'

// The window's zone is the user's: "today" and the day an entry is logged on are reckoned in it.
const zone = () => Intl.DateTimeFormat().resolvedOptions().timeZone
const todayLocal = () => localDateOf(new Date(), zone())

function LogForm({ personId, onDone }: { personId: string; onDone: () => void }) {
  const { t } = useTranslation()
  const add = useAddInteraction()
  const [kind, setKind] = useState<InteractionKind>('note')
  const [summary, setSummary] = useState('')
  const [body, setBody] = useState('')
  const [date, setDate] = useState(todayLocal())
  const errors = fieldErrors(t, add.error, { body: textLimits.markdown })

  function submit(event: FormEvent) {
    event.preventDefault()
    // A past day is logged at noon local time, so it stays on that day in any zone.
    const occurredAt = date === todayLocal() ? undefined : instantOfLocalDateTime(`${date}T12:00`, zone())?.toISOString()
    add.mutate({ personId, kind, summary, body, ...(occurredAt ? { occurredAt } : {}) }, { onSuccess: onDone })
  }

  return (
    <form onSubmit={submit} className="mb-5 flex flex-col gap-3 rounded-md bg-sunken p-4" data-testid="log-form">
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label={t('log.kind')}
          value={kind}
          onChange={(event) => setKind(event.target.value as InteractionKind)}
          options={interactionKinds.map((value) => ({ value, label: t(`interactionKinds.${value}`) }))}
          testId="log-kind"
        />
        <TextField label={t('log.date')} type="date" value={date} max={todayLocal()} onChange={(event) => setDate(event.target.value)} error={errors.occurredAt} />
      </div>
      <TextField
        label={t('log.summary')}
        placeholder={t('log.summaryPlaceholder')}
        value={summary}
        onChange={(event) => setSummary(event.target.value)}
        error={errors.summary}
        testId="log-summary"
        autoFocus
      />
      <TextArea label={t('log.details')} value={body} onChange={(event) => setBody(event.target.value)} error={errors.body} rows={3} />
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={add.isPending} data-testid="log-submit">
          {t('log.submit')}
        </Button>
        <Button variant="quiet" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        {/* Announced even when a field shows the detail: the alert says why nothing was saved. */}
        {add.isError ? <InlineStatus tone="warn">{errorText(t, add.error)}</InlineStatus> : null}
      </div>
    </form>
  )
}

export function Timeline({ personId, entries, readOnly }: { personId: string; entries: Interaction[]; readOnly: boolean }) {
  const { t } = useTranslation()
  const format = useFormat()
  const [logging, setLogging] = useState(false)
  return (
    <Section title={t('person.timeline')} testId="timeline">
      {!readOnly && !logging ? (
        <Button variant="quiet" className="mb-3 -ml-1.5" onClick={() => setLogging(true)} data-testid="log-open">
          {t('log.title')}
        </Button>
      ) : null}
      {logging ? <LogForm personId={personId} onDone={() => setLogging(false)} /> : null}
      {entries.length === 0 ? <p className="text-sm text-muted">{t('person.timelineEmpty')}</p> : null}
      <ol className="flex flex-col gap-4">
        {entries.map((entry) => (
          <li key={entry.id} className="border-l-2 border-line pl-4" data-testid="timeline-entry" data-interaction-id={entry.id}>
            <p className="text-xs text-muted">
              {format.instantDate(entry.occurredAt)} · {t(`interactionKinds.${entry.kind}`)}
            </p>
            {entry.summary ? <p>{entry.summary}</p> : null}
            {entry.body ? <Markdown>{entry.body}</Markdown> : null}
          </li>
        ))}
      </ol>
    </Section>
  )
}
