import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react'

// border-control and a full-strength placeholder: 3:1 for the boundary, 4.5:1 for the hint text
// (see styles.css). An invalid field gets a slightly thicker warn edge; its message says why.
const control =
  'w-full rounded-md border border-control bg-surface px-3 py-1.5 text-ink placeholder:text-muted aria-[invalid=true]:border-warn aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-warn'

interface FieldShell {
  label: string
  hint?: string | undefined
  error?: string | undefined
  testId?: string
}

function Shell({ label, hint, error, id, children }: FieldShell & { id: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium text-ink">
        {label}
      </label>
      {children}
      {hint && !error ? (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-xs text-warn" data-testid="field-error">
          {error}
        </p>
      ) : null}
    </div>
  )
}

const describedBy = (id: string, hint?: string, error?: string) =>
  error ? `${id}-error` : hint ? `${id}-hint` : undefined

export function TextField({ label, hint, error, testId, ...props }: FieldShell & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId()
  return (
    <Shell id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        className={control}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        data-testid={testId}
        {...props}
      />
    </Shell>
  )
}

export function TextArea({ label, hint, error, testId, ...props }: FieldShell & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useId()
  return (
    <Shell id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        className={`${control} min-h-24 leading-relaxed`}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        data-testid={testId}
        {...props}
      />
    </Shell>
  )
}

export interface Option {
  value: string
  label: string
}

export function SelectField({
  label,
  hint,
  error,
  testId,
  options,
  ...props
}: FieldShell & SelectHTMLAttributes<HTMLSelectElement> & { options: Option[] }) {
  const id = useId()
  return (
    <Shell id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        className={control}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        data-testid={testId}
        {...props}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Shell>
  )
}

export function CheckboxField({
  label,
  hint,
  testId,
  ...props
}: Omit<FieldShell, 'error'> & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId()
  return (
    <div className="flex items-start gap-2.5">
      <input id={id} type="checkbox" className="mt-1.5 accent-[var(--engawa-accent)]" data-testid={testId} {...props} />
      <div>
        <label htmlFor={id} className="text-sm font-medium">
          {label}
        </label>
        {hint ? <p className="text-xs text-muted">{hint}</p> : null}
      </div>
    </div>
  )
}
