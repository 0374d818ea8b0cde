import { useState } from 'react'
import { useTranslation } from '../../i18n'
import { TextField } from '../../ui/fields'
import type { StepProps } from './EventPrepScreen'
import { useUpdatePlan } from './mutations'

/** When to arrive and leave, a break, recovery afterwards, a quiet place nearby. */
export function EnergyStep({ event, footer }: StepProps) {
  const { t } = useTranslation()
  const plan = useUpdatePlan(event.id)
  const [energy, setEnergy] = useState({ arriveAt: event.arriveAt, leaveBy: event.leaveBy, breakPlan: event.breakPlan, recovery: event.recovery, quietPlace: event.quietPlace })
  const set = (patch: Partial<typeof energy>) => setEnergy((current) => ({ ...current, ...patch }))
  return (
    <div className="grid gap-4 sm:grid-cols-2" data-testid="energy">
      <TextField label={t('events.arriveAt')} type="time" value={energy.arriveAt} onChange={(e) => set({ arriveAt: e.target.value })} testId="energy-arrive" />
      <TextField label={t('events.leaveBy')} type="time" value={energy.leaveBy} onChange={(e) => set({ leaveBy: e.target.value })} testId="energy-leave" />
      <div className="sm:col-span-2">
        <TextField label={t('events.breakPlan')} placeholder={t('events.breakPlaceholder')} value={energy.breakPlan} onChange={(e) => set({ breakPlan: e.target.value })} testId="energy-break" />
      </div>
      <div className="sm:col-span-2">
        <TextField label={t('events.recovery')} placeholder={t('events.recoveryPlaceholder')} value={energy.recovery} onChange={(e) => set({ recovery: e.target.value })} testId="energy-recovery" />
      </div>
      <div className="sm:col-span-2">
        <TextField label={t('events.quietPlace')} placeholder={t('events.quietPlacePlaceholder')} value={energy.quietPlace} onChange={(e) => set({ quietPlace: e.target.value })} testId="energy-quiet" />
      </div>
      <div className="sm:col-span-2">{footer(() => plan.mutateAsync(energy))}</div>
    </div>
  )
}
