import { useState } from 'react'
import { useTranslation } from '../../i18n'
import { maxGoals } from '../../../../shared/domain/goals'
import { goalExamples, goalHint } from '../../../../shared/domain/goals'
import { Button } from '../../ui/Button'
import { TextField } from '../../ui/fields'
import type { StepProps } from './EventPrepScreen'
import { useUpdatePlan } from './mutations'

/** A goal's gentle hint when it only counts; never blocks saving. */
function CountHint({ text, language }: { text: string; language: 'ja' | 'en' }) {
  const { t } = useTranslation()
  const hint = goalHint(text, language)
  if (!hint) return null
  return (
    <p className="mt-1 text-sm text-muted" data-testid="goal-hint">
      {t('events.countHint', { suggestion: hint.suggestion })}
    </p>
  )
}

export function GoalsStep({ event, footer }: StepProps) {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  const plan = useUpdatePlan(event.id)
  const [goals, setGoals] = useState<string[]>(() => (event.goals.length > 0 ? event.goals.map((goal) => goal.text) : ['']))
  const set = (index: number, text: string) => setGoals((current) => current.map((goal, i) => (i === index ? text : goal)))
  const useExample = (example: string) =>
    setGoals((current) => {
      const empty = current.findIndex((goal) => goal.trim() === '')
      if (empty >= 0) return current.map((goal, i) => (i === empty ? example : goal))
      return current.length < maxGoals ? [...current, example] : current
    })
  const save = () => plan.mutateAsync({ goals: goals.map((goal) => goal.trim()).filter(Boolean).map((text) => ({ text })) })
  return (
    <div className="flex flex-col gap-6">
      <p className="text-sm text-muted">{t('events.goalsHint')}</p>
      <div className="flex flex-col gap-4" data-testid="goals">
        {goals.map((goal, index) => (
          <div key={index}>
            <div className="flex items-end gap-2">
              <div className="flex-1">
                <TextField label={t('events.goal', { n: index + 1 })} value={goal} onChange={(e) => set(index, e.target.value)} testId="goal-input" />
              </div>
              {goals.length > 1 ? (
                <Button variant="quiet" onClick={() => setGoals((current) => current.filter((_, i) => i !== index))}>
                  {t('events.remove')}
                </Button>
              ) : null}
            </div>
            <CountHint text={goal} language={language} />
          </div>
        ))}
        {goals.length < maxGoals ? (
          <Button variant="quiet" className="-ml-1.5 self-start" onClick={() => setGoals((current) => [...current, ''])} data-testid="goal-add">
            {t('events.addGoal')}
          </Button>
        ) : null}
      </div>
      <section className="rounded-md bg-sunken p-4" data-testid="goal-examples">
        <h2 className="mb-2 text-sm font-semibold tracking-wider text-muted">{t('events.examples')}</h2>
        <ul className="flex flex-col gap-1.5">
          {goalExamples[language].map((example) => (
            <li key={example} className="flex items-start justify-between gap-3 text-sm">
              <span>{example}</span>
              <Button variant="quiet" onClick={() => useExample(example)} aria-label={`${t('events.useExample')}: ${example}`}>
                {t('events.useExample')}
              </Button>
            </li>
          ))}
        </ul>
      </section>
      {footer(save)}
    </div>
  )
}
