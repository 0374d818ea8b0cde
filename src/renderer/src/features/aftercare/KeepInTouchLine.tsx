import { useState } from 'react'
import { useTranslation } from '../../i18n'
import { addDays, localDateOf } from '../../../../shared/domain/dates'
import { Button } from '../../ui/Button'
import { errorText } from '../../ui/errors'
import { useFormat } from '../../ui/format'
import { InlineStatus } from '../../ui/layout'
import { useSetKeepInTouch } from './mutations'
import { useKeepInTouch } from './queries'

/** On a profile: whether reconnect suggestions come for this person, snoozed, or off. */
// The window's zone is the user's.
const todayHere = () => localDateOf(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone)

export function KeepInTouchLine({ personId }: { personId: string }) {
  const today = todayHere()
  const { t } = useTranslation()
  const format = useFormat()
  const state = useKeepInTouch(personId)
  const set = useSetKeepInTouch(personId)
  const [date, setDate] = useState('')
  if (!state.data) return null
  const { off, snoozedUntil } = state.data
  const snoozed = snoozedUntil !== null && snoozedUntil > today
  return (
    <div className="mt-3 text-sm" data-testid="keep-in-touch-line">
      <p className="text-muted" data-testid="reconnect-state">
        {off ? t('aftercare.reconnectOff') : snoozed ? t('aftercare.reconnectSnoozed', { date: format.localDate(snoozedUntil) }) : t('aftercare.reconnectOn')}
      </p>
      <div className="-ml-1.5 mt-1 flex flex-wrap items-center gap-2">
      {off || snoozed ? (
        <Button variant="quiet" onClick={() => set.mutate({ snoozedUntil: null, off: false })} data-testid="reconnect-resume">
          {t('aftercare.resume')}
        </Button>
      ) : (
        <>
          <Button variant="quiet" onClick={() => set.mutate({ snoozedUntil: addDays(today, 30), off: false })} data-testid="reconnect-snooze-month">
            {t('aftercare.snoozeMonth')}
          </Button>
          <input type="date" min={addDays(today, 1)} aria-label={t('aftercare.snoozeUntil')} value={date} onChange={(e) => setDate(e.target.value)} className="rounded-md border border-line bg-surface px-2 py-1" />
          <Button variant="quiet" disabled={date === ''} onClick={() => set.mutate({ snoozedUntil: date, off: false })}>
            {t('aftercare.snoozeTo')}
          </Button>
          <Button variant="quiet" onClick={() => set.mutate({ snoozedUntil: null, off: true })} data-testid="reconnect-off">
            {t('aftercare.turnOff')}
          </Button>
        </>
      )}
      </div>
      {set.isError ? <InlineStatus tone="warn">{errorText(t, set.error)}</InlineStatus> : null}
    </div>
  )
}
