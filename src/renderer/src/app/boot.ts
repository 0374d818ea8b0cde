import { firstFrameElementId, parseFirstFrame } from '../../../shared/api/first-frame'
import { queryClient, transport } from '../api/client'
import { applyFirstFrame, prefetchSettings } from '../features/settings/queries'
import { todayQuery } from '../features/today/queries'
import { refreshOnChanges } from './refresh'

// main.tsx imports this first, so it runs before React DOM and the screens are evaluated: the calls
// the first screen needs (Today, and the settings if the page did not bring them) travel while the
// rest of the bundle is still being evaluated, instead of after it.

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
void queryClient.prefetchQuery(todayQuery)
