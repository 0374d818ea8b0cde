/** Main -> renderer push events: name -> payload. */
export interface PushEvents {
  'people.changed': { ids: string[] }
  'settings.changed': Record<string, never>
}
export type PushEventName = keyof PushEvents
export const pushEventNames: PushEventName[] = ['people.changed', 'settings.changed']
