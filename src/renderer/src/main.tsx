// First: starts the requests the first screen needs (see boot.ts).
import { firstFrame, settingsReady } from './app/boot'
import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { firstFrameGate, queryClient, transport } from './api/client'
import { App } from './app/App'
import { markFirstFramePainted } from './app/first-paint'
import './styles.css'

// React's first render is already the shell in the user's language and theme, not an empty pass and
// then a second one: the page was served with the settings that needs (boot.ts), or else React waits
// for the settings' answer. It renders at once: a scheduled first render would wait behind whatever
// task the page had queued before it.
void settingsReady.then(() => {
  const root = createRoot(document.getElementById('root') as HTMLElement)
  // What the first render's effects ask for is sent once the frame is painted (api/call-gate.ts).
  firstFrameGate.close()
  flushSync(() =>
    root.render(
      <StrictMode>
        <QueryClientProvider client={queryClient}>
          <App firstFrame={firstFrame} />
        </QueryClientProvider>
      </StrictMode>
    )
  )
  const afterFirstPaint = () => {
    markFirstFramePainted()
    firstFrameGate.open()
    transport.listen()
  }
  // After the frame just rendered is painted (a task queued from the frame's callback runs after it);
  // at the latest after a second, for a window not drawn while it is hidden (both are safe twice).
  requestAnimationFrame(() => setTimeout(afterFirstPaint))
  setTimeout(afterFirstPaint, 1000)
})
