import type { QueryClient, QueryKey } from '@tanstack/react-query'
import type { ChangeArea } from '../../../shared/api/areas'
import type { PushMessages } from '../../../shared/api/push'
import { transport } from '../api/client'
import { aftercareKeys } from '../features/aftercare/queries'
import { backupKeys } from '../features/backups/queries'
import { eventKeys } from '../features/events/queries'
import { followupKeys } from '../features/followups/queries'
import { importKeys } from '../features/imports/queries'
import { healthKeys } from '../features/health/queries'
import { jobKeys } from '../features/jobs/queries'
import { meetingKeys } from '../features/meetings/queries'
import { onlineKeys } from '../features/online/queries'
import { peopleKeys } from '../features/people/queries'
import { resourceKeys } from '../features/resources/queries'
import { sampleKeys } from '../features/sample/queries'
import { seasonalKeys } from '../features/seasonal/queries'
import { searchKeys } from '../features/search/queries'
import { settingsKeys } from '../features/settings/queries'
import { todayKeys } from '../features/today/queries'
import { topicKeys } from '../features/topics/queries'

/**
 * The one map from a changed area to the queries that show it. Writes never refresh screens by
 * hand: dispatch pushes `changed { areas }` after every successful write, from this window, another
 * window or tab, or the tray, and `refreshOnChanges` refreshes what reads those areas.
 */
export const queriesReading: Record<ChangeArea, QueryKey[]> = {
  app: [settingsKeys.info, healthKeys.all],
  // Whether sample data is present is read from the people it added.
  people: [peopleKeys.all, settingsKeys.info, todayKeys.all, sampleKeys.status, eventKeys.all, searchKeys.all, aftercareKeys.all, seasonalKeys.all, resourceKeys.all, onlineKeys.all],
  // An event and a resource show the topics chosen for them.
  topics: [topicKeys.all, eventKeys.all, searchKeys.all, resourceKeys.all],
  meetings: [meetingKeys.all, todayKeys.all, searchKeys.all],
  // A share marked sent is what the library counts and a profile lists.
  followups: [followupKeys.all, todayKeys.all, aftercareKeys.all, seasonalKeys.all, resourceKeys.all],
  events: [eventKeys.all, todayKeys.all, searchKeys.all],
  online: [onlineKeys.all, searchKeys.all],
  // The daily cap changes how many reconnects wait on Today.
  settings: [settingsKeys.all, todayKeys.all, seasonalKeys.all],
  // A finished job announces what it changed; its final state is read again in case a push was missed.
  // A restore replaces everything search reads.
  backups: [backupKeys.all, jobKeys.all, searchKeys.all],
  resources: [resourceKeys.all, searchKeys.all],
  imports: [importKeys.all, jobKeys.all, searchKeys.all]
}

/**
 * Listens from the page's start (boot.ts), not from a component: React mounts only once the
 * settings have arrived, and a change pushed before that would otherwise be dropped unheard.
 */
export function refreshOnChanges(queryClient: QueryClient): () => void {
  return transport.on('changed', (payload) => {
    const keys = new Set<QueryKey>((payload as PushMessages['changed']).areas.flatMap((area) => queriesReading[area] ?? []))
    for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey })
  })
}
