import type { DockAction } from '../domain/dock-actions'
import type { ChangeArea } from './areas'
import type { JobState } from './jobs'

/**
 * Main -> renderer (and tray) push messages: name -> payload. Named "push" so that "events" stays
 * free for the Events feature.
 */
export interface PushMessages {
  /** A write succeeded: refresh whatever reads these areas. */
  changed: { areas: ChangeArea[] }
  /** A long job moved on, finished, failed or was cancelled. */
  job: JobState
  /** The tray asked the window to show one follow-up. */
  'followups.open': { id: string }
  /** A dock, jump-list or .desktop action asked the running app for one of its screens. */
  'app.open': { action: DockAction }
}
export type PushName = keyof PushMessages
export const pushNames: PushName[] = ['changed', 'job', 'followups.open', 'app.open']
