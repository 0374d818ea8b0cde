import type Database from 'better-sqlite3'
import type { IntegrityStatus } from '../../shared/domain/settings'
import type { Db } from '../db/open'
import type { JobRunner } from '../jobs/runner'
import type { WriteGate } from '../jobs/write-gate'
import type { PathPolicy } from './paths'

/** The clock services read; injected so "today" can be tested in any zone and at any instant. */
export interface Clock {
  now(): Date
  /** IANA zone of the user, e.g. Asia/Tokyo: "today" and "same day" are computed there. */
  timeZone(): string
}

export const systemClock: Clock = {
  now: () => new Date(),
  timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone
}

/** The system clock moved by a fixed offset (browser mode's `--now`, for tests of dated things). */
export const shiftedClock = (offsetMs: number): Clock => ({
  now: () => new Date(Date.now() + offsetMs),
  timeZone: systemClock.timeZone
})

/**
 * Everything a service may touch; nothing below index.ts reaches for globals. Services change
 * data and return; announcing the change is dispatch's job, from the contract's `changes`.
 */
export interface ServiceContext {
  db: Db
  sqlite: Database.Database
  clock: Clock
  dataDir: string
  databaseFile: string
  /** Where automatic and manual backups go. */
  backupDir: string
  /** Which folders and files a caller may name: anywhere (CLI), the data folder (browser mode), or chosen ones (desktop). */
  paths: PathPolicy
  schemaVersion: number
  version: string
  /** Long work: progress pushed, cancellable, one of a kind at a time. */
  jobs: JobRunner
  /** Writes on `sqlite` pass it (dispatch does for every procedure that changes data); an import's worker holds it alone. */
  writes: WriteGate
  /** Electron's own build of the native module, for the connections that checks and restores open. */
  nativeBinding?: string | undefined
  /** What the background check at start found; damaged pages found by a read also land here. */
  integrity: Integrity
  /** Closes the file, runs `replace` (which may move files), and opens the data folder again. */
  replaceDatabase<T>(replace: () => T): T
}

export interface Integrity {
  status: IntegrityStatus
  problems: string[]
}

export const newId = (): string => crypto.randomUUID()
export const nowIso = (clock: Clock): string => clock.now().toISOString()
