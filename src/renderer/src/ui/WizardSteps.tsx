interface WizardStepsProps<K extends string> {
  steps: readonly K[]
  current: number
  onSelect: (index: number) => void
  /** The list's accessible name, e.g. "Steps". */
  label: string
  stepLabel: (key: K) => string
  testId: (key: K) => string
  className?: string
}

/** A wizard's numbered steps as chips: the current one marked, any of them a click away. */
export function WizardSteps<K extends string>({ steps, current, onSelect, label, stepLabel, testId, className }: WizardStepsProps<K>) {
  return (
    <ol className={`${className ?? ''} flex flex-wrap gap-2`.trim()} aria-label={label}>
      {steps.map((key, index) => (
        <li key={key}>
          <button
            type="button"
            onClick={() => onSelect(index)}
            aria-current={index === current ? 'step' : undefined}
            className={`rounded-full px-3 py-1 text-sm ${index === current ? 'bg-accent text-accent-ink' : 'bg-sunken text-muted hover:text-ink'}`}
            data-testid={testId(key)}
          >
            {index + 1}. {stepLabel(key)}
          </button>
        </li>
      ))}
    </ol>
  )
}
