import { queryClient } from '../api/client'
import { prefetchSettings } from '../features/settings/queries'
import { todayQuery } from '../features/today/queries'
import { refreshOnChanges } from './refresh'

// main.tsx imports this first, so it runs before React DOM and the screens are evaluated: the two
// answers the first screen waits on (settings, then Today) travel while the rest of the bundle is
// still being evaluated, instead of after it.

// Pushed changes are heard from here on, before React mounts (see refresh.ts).
refreshOnChanges(queryClient)

/** Settles once the settings are in the cache, applied to the document (or failed: the app says so). */
export const settingsReady = prefetchSettings(queryClient)
void queryClient.prefetchQuery(todayQuery)
