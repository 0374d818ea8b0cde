import { lazy, Suspense } from 'react'

// The Markdown renderer is a quarter of the bundle and no first screen needs it: load it on demand.
const MarkdownView = lazy(() => import('./MarkdownView'))

/** User Markdown rendered safely (see MarkdownView); plain text shows while the renderer loads. */
export function Markdown({ children }: { children: string }) {
  return (
    <Suspense fallback={<p className="whitespace-pre-wrap">{children}</p>}>
      <MarkdownView>{children}</MarkdownView>
    </Suspense>
  )
}
