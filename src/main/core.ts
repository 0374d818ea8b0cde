import { EventEmitter } from 'node:events'
import type { ChangeArea } from '../shared/api/areas'
import type { PushMessages, PushName } from '../shared/api/push'
import { defaultBackupDir } from './db/files'
import { checkIntegrity } from './db/integrity'
import { openDataDir, type OpenOptions } from './db/open'
import { createJobRunner } from './jobs/runner'
import { createWriteGate } from './jobs/write-gate'
import { createDispatch, type Dispatch } from './rpc/dispatch'
import { newId, systemClock, type Clock, type ServiceContext } from './services/context'
import { pathPolicy, type PathAccess } from './services/paths'

export interface CoreOptions extends OpenOptions {
  dataDir: string
  clock?: Clock
  version?: string
  /** Check the file's integrity in the background after opening (the app and browser mode do). */
  checkIntegrityAtStart?: boolean
  /** Wait this long first, so the check never competes with the first screen for a core. */
  integrityCheckDelayMs?: number
  onUnexpectedError?: (where: string, error: unknown) => void
  /** Which folders and files callers may name; `anywhere` (the default) is for the CLI and tests only. */
  pathAccess?: PathAccess
}

export type PushEmitter = EventEmitter<{ [N in PushName]: [PushMessages[N]] }>

export interface Core {
  ctx: ServiceContext
  dispatch: Dispatch
  /** What main pushes: the transports forward it to every window and tab, and the tray listens. */
  push: PushEmitter
  /** Resolves when the background integrity check (if any) has finished. */
  integrityChecked: Promise<void>
  /** Resolves once every background check started so far (at start, after a restore) has finished. */
  idle(): Promise<void>
  close(): void
}

/** Opens the data directory and wires services, dispatch, jobs and push; shared by every entry. */
export function startCore(options: CoreOptions): Core {
  let opened = openDataDir(options.dataDir, options)
  const clock = options.clock ?? systemClock
  const push: PushEmitter = new EventEmitter()
  const report = options.onUnexpectedError
  const changed = (areas: ChangeArea[]) => push.emit('changed', { areas })
  const jobs = createJobRunner({
    now: () => clock.now(),
    newId,
    onState: (state) => push.emit('job', state),
    onChanged: changed,
    onUnexpectedError: (kind, error) => report?.(`job ${kind}`, error)
  })

  const ctx: ServiceContext = {
    db: opened.db,
    sqlite: opened.sqlite,
    clock,
    dataDir: options.dataDir,
    databaseFile: opened.file,
    backupDir: options.backupDir ?? defaultBackupDir(opened.file),
    paths: pathPolicy(options.dataDir, options.pathAccess ?? 'anywhere'),
    schemaVersion: opened.schemaVersion,
    version: options.version ?? '0.0.0',
    jobs,
    writes: createWriteGate(),
    nativeBinding: options.nativeBinding,
    integrity: { status: 'unchecked', problems: [] },
    replaceDatabase(replace) {
      opened.sqlite.close()
      try {
        return replace()
      } finally {
        // Whatever happened to the files, the app goes on with what is now at the data path.
        opened = openDataDir(options.dataDir, options)
        Object.assign(ctx, { db: opened.db, sqlite: opened.sqlite, schemaVersion: opened.schemaVersion })
        void track(runIntegrityCheck())
      }
    }
  }

  // Every background check started so far. Each holds the file on its own connection while it
  // runs, so whoever removes the files after closing (the tests' temporary folders) waits for them.
  let checks: Promise<unknown> = Promise.resolve()
  function track(check: Promise<void>): Promise<void> {
    checks = Promise.all([checks, check])
    return check
  }

  // quick_check runs in a worker on its own connection: the first screen never waits for it.
  async function runIntegrityCheck(): Promise<void> {
    ctx.integrity = { status: 'checking', problems: [] }
    const result = await checkIntegrity(opened.file, { nativeBinding: options.nativeBinding })
    ctx.integrity = result.ok ? { status: 'ok', problems: [] } : { status: 'damaged', problems: result.problems }
    changed(['app'])
  }

  const dispatch = createDispatch(ctx, {
    onChanged: changed,
    onDamaged: () => {
      // A read that hit a bad page: say so everywhere, once, without waiting for a new check.
      if (ctx.integrity.status === 'damaged') return
      ctx.integrity = { status: 'damaged', problems: ['A read found a damaged page'] }
      changed(['app'])
    },
    onUnexpectedError: report
  })
  if (options.checkIntegrityAtStart) ctx.integrity = { status: 'checking', problems: [] }
  const integrityChecked = options.checkIntegrityAtStart
    ? track(new Promise<void>((resolve) => setTimeout(resolve, options.integrityCheckDelayMs ?? 0)).then(runIntegrityCheck))
    : Promise.resolve()
  return { ctx, dispatch, push, integrityChecked, idle: () => checks.then(() => undefined), close: () => opened.sqlite.close() }
}
