import { appHandlers } from '../services/app/handlers'
import { backupsHandlers } from '../services/backups/handlers'
import { eventsHandlers } from '../services/events/handlers'
import { exportsHandlers } from '../services/exports/handlers'
import { importsHandlers } from '../services/imports/handlers'
import { followupsHandlers } from '../services/followups/handlers'
import { jobsHandlers } from '../services/jobs/handlers'
import { meetingsHandlers } from '../services/meetings/handlers'
import { onlineHandlers } from '../services/online/handlers'
import { peopleHandlers } from '../services/people/handlers'
import { sampleHandlers } from '../services/sample/handlers'
import { searchHandlers } from '../services/search/handlers'
import { seasonalHandlers } from '../services/seasonal/handlers'
import { aftercareHandlers } from '../services/aftercare/handlers'
import { resourcesHandlers } from '../services/resources/handlers'
import { settingsHandlers } from '../services/settings/handlers'
import { todayHandlers } from '../services/today/handlers'
import { topicsHandlers } from '../services/topics/handlers'
import { touchpointsHandlers } from '../services/touchpoints/handlers'
import type { Handlers } from './handler'

export type { Handler, Handlers } from './handler'

/** One handler per procedure, one file per area; a missing or mistyped one does not compile. */
export const handlers = {
  ...appHandlers,
  ...sampleHandlers,
  ...settingsHandlers,
  ...peopleHandlers,
  ...topicsHandlers,
  ...meetingsHandlers,
  ...followupsHandlers,
  ...eventsHandlers,
  ...touchpointsHandlers,
  ...onlineHandlers,
  ...todayHandlers,
  ...jobsHandlers,
  ...backupsHandlers,
  ...exportsHandlers,
  ...seasonalHandlers,
  ...aftercareHandlers,
  ...resourcesHandlers,
  ...importsHandlers,
  ...searchHandlers
} satisfies Handlers
