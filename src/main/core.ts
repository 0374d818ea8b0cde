import { EventEmitter } from 'node:events'
import type { PushEventName, PushEvents } from '../shared/api/events'
import { openDataDir, type OpenOptions } from './db/open'
import { createDispatch, type Dispatch } from './rpc/dispatch'
import { systemClock, type Clock, type ServiceContext } from './services/context'

export interface CoreOptions extends OpenOptions {
  dataDir: string
  clock?: Clock
  version?: string
  onUnexpectedError?: (procedure: string, error: unknown) => void
}

export interface Core {
  ctx: ServiceContext
  dispatch: Dispatch
  /** Push events for the transports to forward to the renderer. */
  events: EventEmitter<{ [E in PushEventName]: [PushEvents[E]] }>
  close(): void
}

/** Opens the data directory and wires services, dispatch and push events; shared by every entry. */
export function startCore(options: CoreOptions): Core {
  const opened = openDataDir(options.dataDir, options)
  const events = new EventEmitter<{ [E in PushEventName]: [PushEvents[E]] }>()
  const ctx: ServiceContext = {
    db: opened.db,
    sqlite: opened.sqlite,
    clock: options.clock ?? systemClock,
    dataDir: options.dataDir,
    databaseFile: opened.file,
    schemaVersion: opened.schemaVersion,
    version: options.version ?? '0.0.0',
    emit: (event, payload) => {
      (events.emit as (name: string, value: unknown) => boolean)(event, payload)
    }
  }
  const dispatch = createDispatch(ctx, { onUnexpectedError: options.onUnexpectedError })
  return { ctx, dispatch, events, close: () => opened.sqlite.close() }
}
