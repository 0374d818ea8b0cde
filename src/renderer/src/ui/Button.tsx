import type { ComponentPropsWithRef } from 'react'

type Variant = 'primary' | 'secondary' | 'quiet'

const variants: Record<Variant, string> = {
  primary: 'bg-accent text-accent-ink hover:opacity-90 px-4 py-2 font-medium',
  secondary: 'border border-control bg-surface text-ink hover:bg-sunken px-3.5 py-1.5',
  quiet: 'text-accent hover:underline underline-offset-4 px-1.5 py-1'
}

export interface ButtonProps extends ComponentPropsWithRef<'button'> {
  variant?: Variant
}

/** One primary per screen; everything else secondary or quiet. */
export function Button({ variant = 'secondary', className = '', type = 'button', ...props }: ButtonProps) {
  return (
    <button
      type={type}
      className={`inline-flex items-center gap-2 rounded-md text-sm disabled:cursor-default disabled:opacity-50 ${variants[variant]} ${className}`}
      {...props}
    />
  )
}
