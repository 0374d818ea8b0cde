// First: starts the requests the first screen needs (see boot.ts).
import { firstFrame, settingsReady } from './app/boot'
import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode, useLayoutEffect, type ReactNode } from 'react'
import { flushSync } from 'react-dom'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { firstFrameGate, queryClient, transport } from './api/client'
import { App } from './app/App'
import { markFirstFramePainted } from './app/first-paint'
import './styles.css'

const afterFirstPaint = () => {
  markFirstFramePainted()
  firstFrameGate.open()
  transport.listen()
}

/** Once React's first frame is committed: the moment just after it is painted, or a second at most. */
function FirstCommit({ children }: { children: ReactNode }) {
  useLayoutEffect(() => {
    // A task queued from the next frame's callback runs after that frame is painted; the timeout is
    // for a window not drawn while it is hidden (both are safe twice).
    requestAnimationFrame(() => setTimeout(afterFirstPaint))
    setTimeout(afterFirstPaint, 1000)
  }, [])
  return children
}

void settingsReady.then(() => {
  const container = document.getElementById('root') as HTMLElement
  const app = (
    <StrictMode>
      <FirstCommit>
        <QueryClientProvider client={queryClient}>
          <App firstFrame={firstFrame} />
        </QueryClientProvider>
      </FirstCommit>
    </StrictMode>
  )
  // What the first render's effects ask for is sent once its frame is painted (api/call-gate.ts).
  firstFrameGate.close()
  if (firstFrame && container.firstElementChild) {
    // The page came with its shell already drawn (main/web/app-shell.ts), on screen before this
    // file had even arrived: React adopts those elements rather than drawing them again.
    hydrateRoot(container, app)
  } else {
    // React's first render is already the app in the user's language and theme, not an empty pass
    // and then a second one: the page brought its settings (boot.ts), or React waited for their
    // answer. It renders at once: a scheduled first render would wait behind whatever task the
    // page had queued before it. (A shell served to a tab that cannot use it is replaced.)
    flushSync(() => createRoot(container).render(app))
  }
})
