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

/**
 * Once React's first frame is committed: at once when that frame was already on screen (the shell
 * the page was served with, which React adopted), else just after it is painted, or a second at most.
 */
function FirstCommit({ onScreen, children }: { onScreen: boolean; children: ReactNode }) {
  useLayoutEffect(() => {
    if (onScreen) return afterFirstPaint()
    // A task queued from the next frame's callback runs after that frame is painted; the timeout is
    // for a window not drawn while it is hidden (both are safe twice).
    requestAnimationFrame(() => setTimeout(afterFirstPaint))
    setTimeout(afterFirstPaint, 1000)
  }, [onScreen])
  return children
}

void settingsReady.then(() => {
  const container = document.getElementById('root') as HTMLElement
  // The page came with its shell already drawn (main/web/app-shell.ts), on screen before this file
  // had even arrived.
  const served = firstFrame !== null && container.firstElementChild !== null
  const app = (
    <StrictMode>
      <FirstCommit onScreen={served}>
        <QueryClientProvider client={queryClient}>
          <App firstFrame={firstFrame} />
        </QueryClientProvider>
      </FirstCommit>
    </StrictMode>
  )
  // What the first render's effects ask for is sent once its frame is painted (api/call-gate.ts).
  firstFrameGate.close()
  if (served) {
    // React adopts those elements rather than drawing them again, and at once, as below (in a
    // flushSync, hydration too runs now rather than in scheduled slices), then draws the screen.
    // Should they differ from what the app would draw (a server that cannot see the user's
    // browser, say), React draws the shell itself: said quietly, for whoever looks.
    flushSync(() =>
      hydrateRoot(container, app, { onRecoverableError: (error) => console.warn('Engawa drew the served shell again:', error) })
    )
  } else {
    // React's first render is already the app in the user's language and theme, not an empty pass
    // and then a second one: the page brought its settings (boot.ts), or React waited for their
    // answer. It renders at once: a scheduled first render would wait behind whatever task the
    // page had queued before it. (A shell served to a tab that cannot use it is replaced.)
    flushSync(() => createRoot(container).render(app))
  }
})
