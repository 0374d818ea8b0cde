/**
 * What a write can change. Every procedure names in the contract the areas it changes (reads name
 * none); after a successful write, dispatch pushes one `changed` message with them, and each screen
 * and the tray refresh what reads those areas. A procedure cannot be added without saying.
 */
export const changeAreas = ['app', 'people', 'topics', 'meetings', 'followups', 'events', 'online', 'settings', 'backups', 'resources', 'imports'] as const
export type ChangeArea = (typeof changeAreas)[number]
