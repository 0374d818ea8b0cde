import type Database from 'better-sqlite3'
import type { PushEventName, PushEvents } from '../../shared/api/events'
import type { Db } from '../db/open'

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

/** Everything a service may touch; nothing below index.ts reaches for globals. */
export interface ServiceContext {
  db: Db
  sqlite: Database.Database
  clock: Clock
  dataDir: string
  databaseFile: string
  schemaVersion: number
  version: string
  emit: <E extends PushEventName>(event: E, payload: PushEvents[E]) => void
}

export const newId = (): string => crypto.randomUUID()
export const nowIso = (clock: Clock): string => clock.now().toISOString()
