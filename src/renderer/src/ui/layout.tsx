import type { ReactNode } from 'react'

export function PageHeader({ title, aside, children }: { title: ReactNode; aside?: ReactNode; children?: ReactNode }) {
  return (
    <header className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div>
        <h1 className="text-2xl font-semibold tracking-wide">{title}</h1>
        {children}
      </div>
      {aside ? <div className="flex items-center gap-3">{aside}</div> : null}
    </header>
  )
}

export function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <section className="border-t border-line py-5" data-testid={testId}>
      <h2 className="mb-3 text-sm font-semibold tracking-wider text-muted">{title}</h2>
      {children}
    </section>
  )
}

export function Chip({ children }: { children: ReactNode }) {
  return <span className="inline-block rounded-full bg-accent-soft px-2.5 py-0.5 text-xs text-ink">{children}</span>
}

/**
 * Calm inline feedback: a line of text where the action happened, not a toast. A warning means
 * something did not happen (a save was blocked), so it is announced at once (role="alert").
 */
export function InlineStatus({ children, tone = 'muted' }: { children: ReactNode; tone?: 'muted' | 'done' | 'warn' }) {
  const color = tone === 'done' ? 'text-moss' : tone === 'warn' ? 'text-warn' : 'text-muted'
  return (
    <p role={tone === 'warn' ? 'alert' : 'status'} className={`fade-in text-sm ${color}`} data-testid="inline-status">
      {children}
    </p>
  )
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="mx-auto max-w-md py-16 text-center" data-testid="empty-state">
      <h2 className="mb-2 text-lg font-medium">{title}</h2>
      <div className="text-muted">{children}</div>
    </div>
  )
}
