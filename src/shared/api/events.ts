/** Main -> renderer push events: name -> payload. */
export interface PushEvents {
  'people.changed': { ids: string[] }
  'settings.changed': Record<string, never>
  'followups.changed': Record<string, never>
  /** The tray asked the window to show one follow-up. */
  'followups.open': { id: string }
}
export type PushEventName = keyof PushEvents
export const pushEventNames: PushEventName[] = ['people.changed', 'settings.changed', 'followups.changed', 'followups.open']
