import { useState, type ReactNode } from 'react'
import { useLocation } from 'wouter'
import { useTranslation } from '../../i18n'
import type { EventView } from '../../../../shared/api/events'
import { wizardSteps, type WizardStep } from '../../../../shared/domain/events'
import { Button } from '../../ui/Button'
import { errorText } from '../../ui/errors'
import { InlineStatus } from '../../ui/layout'
import { Loaded } from '../../ui/Loaded'
import { WizardSteps } from '../../ui/WizardSteps'
import { BasicsStep } from './BasicsStep'
import { EnergyStep } from './EnergyStep'
import { GoalsStep } from './GoalsStep'
import { useUpdatePlan } from './mutations'
import { PeopleStep } from './PeopleStep'
import { useEvent } from './queries'
import { TopicsStep } from './TopicsStep'

/** What every step gets: the event, and the footer to render with its own save. */
export interface StepProps {
  event: EventView
  footer: (save: () => Promise<unknown>) => ReactNode
}

/** Save, then go on, back, or close; the furthest step reached is kept, so the wizard resumes there. */
function WizardFooter({ event, step, goTo, save }: { event: EventView; step: number; goTo: (step: number) => void; save: () => Promise<unknown> }) {
  const { t } = useTranslation()
  const [, navigate] = useLocation()
  const plan = useUpdatePlan(event.id)
  const [state, setState] = useState<{ pending: boolean; error: unknown }>({ pending: false, error: null })
  const last = step === wizardSteps.length - 1
  const run = async (after: () => void, reached: number) => {
    setState({ pending: true, error: null })
    try {
      await save()
      await plan.mutateAsync({ wizardStep: reached })
      setState({ pending: false, error: null })
      after()
    } catch (error) {
      setState({ pending: false, error })
    }
  }
  return (
    <div className="mt-8 flex flex-wrap items-center gap-4 border-t border-line pt-5">
      <Button
        variant="primary"
        disabled={state.pending}
        onClick={() => void run(() => (last ? navigate(`/events/${event.id}/sheet`) : goTo(step + 1)), last ? step : step + 1)}
        data-testid="prep-next"
      >
        {last ? t('events.finish') : t('events.saveContinue')}
      </Button>
      {step > 0 ? (
        <Button variant="quiet" onClick={() => goTo(step - 1)} data-testid="prep-back">
          {t('events.back')}
        </Button>
      ) : null}
      <Button variant="quiet" disabled={state.pending} onClick={() => void run(() => navigate(`/events/${event.id}`), step)} data-testid="prep-save-close">
        {t('events.saveClose')}
      </Button>
      {state.error ? <InlineStatus tone="warn">{errorText(t, state.error)}</InlineStatus> : null}
    </div>
  )
}

const stepComponents: Record<WizardStep, (props: StepProps) => ReactNode> = {
  basics: BasicsStep,
  people: PeopleStep,
  topics: TopicsStep,
  goals: GoalsStep,
  energy: EnergyStep
}

function Wizard({ event, initialStep }: { event: EventView; initialStep: number }) {
  const { t } = useTranslation()
  const [step, setStep] = useState(initialStep)
  const key = wizardSteps[step] ?? 'basics'
  const Step = stepComponents[key]
  return (
    <div className="mx-auto max-w-3xl" data-testid="prep-screen" data-step={key}>
      <p className="text-sm text-muted">{event.name}</p>
      <h1 className="mb-5 text-2xl font-semibold tracking-wide">{t('events.new')}</h1>
      <WizardSteps
        steps={wizardSteps}
        current={step}
        onSelect={setStep}
        label={t('events.steps')}
        stepLabel={(name) => t(`events.step.${name}`)}
        testId={(name) => `prep-step-${name}`}
        className="mb-6"
      />
      <p className="mb-6 border-l-2 border-accent pl-3 text-sm text-muted" data-testid="prep-tip">
        {t(`events.tip.${key}`)}
      </p>
      <Step key={key} event={event} footer={(save) => <WizardFooter event={event} step={step} goTo={setStep} save={save} />} />
    </div>
  )
}

/**
 * The preparation wizard, opened at the step the user reached last time; a new event opens at its
 * people, since its basics were just written.
 */
export function EventPrepScreen({ id }: { id: string }) {
  return <Loaded query={useEvent(id)}>{(event) => <Wizard event={event} initialStep={Math.min(Math.max(event.wizardStep, 1), wizardSteps.length - 1)} />}</Loaded>
}
