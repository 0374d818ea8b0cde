import { EventEmitter } from 'node:events'
import { join } from 'node:path'
import type { PushMessages, PushName } from '../shared/api/push'
import { openDataDir, type OpenOptions } from './db/open'
import { createJobRunner } from './jobs/runner'
import { createDispatch, type Dispatch } from './rpc/dispatch'
import { newId, systemClock, type Clock, type ServiceContext } from './services/context'

export interface CoreOptions extends OpenOptions {
  dataDir: string
  clock?: Clock
  version?: string
  onUnexpectedError?: (where: string, error: unknown) => void
}

export type PushEmitter = EventEmitter<{ [N in PushName]: [PushMessages[N]] }>

export interface Core {
  ctx: ServiceContext
  dispatch: Dispatch
  /** What main pushes: the transports forward it to every window and tab, and the tray listens. */
  push: PushEmitter
  close(): void
}

/** Opens the data directory and wires services, dispatch, jobs and push; shared by every entry. */
export function startCore(options: CoreOptions): Core {
  const opened = openDataDir(options.dataDir, options)
  const clock = options.clock ?? systemClock
  const push: PushEmitter = new EventEmitter()
  const report = options.onUnexpectedError
  const jobs = createJobRunner({
    now: () => clock.now(),
    newId,
    onState: (state) => push.emit('job', state),
    onChanged: (areas) => push.emit('changed', { areas }),
    onUnexpectedError: (kind, error) => report?.(`job ${kind}`, error)
  })
  const ctx: ServiceContext = {
    db: opened.db,
    sqlite: opened.sqlite,
    clock,
    dataDir: options.dataDir,
    databaseFile: opened.file,
    backupDir: options.backupDir ?? join(options.dataDir, 'backups'),
    schemaVersion: opened.schemaVersion,
    version: options.version ?? '0.0.0',
    jobs
  }
  const dispatch = createDispatch(ctx, {
    onChanged: (areas) => push.emit('changed', { areas }),
    onUnexpectedError: report
  })
  return { ctx, dispatch, push, close: () => opened.sqlite.close() }
}
