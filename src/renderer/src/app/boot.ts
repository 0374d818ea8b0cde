import { firstFrameElementId, parseFirstFrame } from '../../../shared/api/first-frame'
import { queryClient, transport } from '../api/client'
import { applyFirstFrame, prefetchSettings } from '../features/settings/queries'
import { todayQuery } from '../features/today/queries'
import { refreshOnChanges } from './refresh'

// main.tsx imports this first, so it runs before React DOM and the screens are evaluated: the first
// frame's settings are applied, and the calls the first screen needs (the settings if the page did
// not bring them, then Today) go out before React's first render.

// Pushed changes are heard from here on, before React mounts (see refresh.ts).
refreshOnChanges(queryClient)

/**
 * The settings the page was served with (main/web/first-frame.ts): the first frame is drawn from
 * them, without waiting for an answer. Null on a page served without them, and in a tab without the
 * token, which must show only why it cannot go on (the settings call is refused), not the screens.
 */
export const firstFrame = transport.hasToken ? parseFirstFrame(document.getElementById(firstFrameElementId)?.textContent) : null
if (firstFrame) applyFirstFrame(firstFrame)

/**
 * Settles once the settings are in the cache, applied to the document (or failed: the app says so).
 * Asked for here only when the page did not bring the first frame's: else the app asks once that
 * frame is painted (main.tsx), since nothing on it waits for the rest of them.
 */
export const settingsReady = firstFrame ? Promise.resolve() : prefetchSettings(queryClient)
// Asked for as soon as this file has run, from a callback rather than from its top level: under
// DevTools (and Playwright, which drives the bench's Chromium) a request records the stack that made
// it, and with this file's top level on that stack Chromium parsed all of the start file again for
// its source positions, 20–50 ms before the first paint. Without DevTools this costs nothing either
// way; the answer is handled after the first paint in both (api/call-gate.ts).
queueMicrotask(() => void queryClient.prefetchQuery(todayQuery))
