import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import { startCore, type Core, type CoreOptions } from '../../../src/main/core'
import type { Clock } from '../../../src/main/services/context'
import { pushNames } from '../../../src/shared/api/push'

const cleanups: (() => void | Promise<void>)[] = []
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.()
})

/** A temporary data directory, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'engawa-unit-'))
  // Retried: a background check started by a restore may still hold the file for a moment after close.
  cleanups.push(() => rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 }))
  return dir
}

/** A clock that stands still at a given instant in a given zone, and can be moved by tests. */
export function fixedClock(iso: string, timeZone = 'Asia/Tokyo'): Clock & { set(iso: string): void } {
  let now = new Date(iso)
  return { now: () => new Date(now), timeZone: () => timeZone, set: (next) => (now = new Date(next)) }
}

/** A real core (SQLite file, migrations, dispatch) on a fresh data directory. */
export function testCore(
  clock: Clock = fixedClock('2026-11-27T03:00:00Z'),
  options: Partial<CoreOptions> = {}
): Core & { pushed: { event: string; payload: unknown }[] } {
  const core = startCore({ dataDir: tempDir(), clock, version: 'test', ...options })
  const pushed: { event: string; payload: unknown }[] = []
  for (const name of pushNames) core.push.on(name, (payload: unknown) => pushed.push({ event: name, payload }))
  // After its background checks: a restore's check still holds the file on its own connection, and
  // removing the folder under it fails (ENOTEMPTY) on a busy machine.
  cleanups.push(async () => {
    await core.idle()
    core.close()
  })
  return Object.assign(core, { pushed })
}

/** Calls through dispatch and unwraps, failing the test on an error envelope. */
export async function call<T = unknown>(core: Core, procedure: string, input: unknown = {}): Promise<T> {
  const result = await core.dispatch(procedure, input)
  if (!result.ok) throw new Error(`${procedure} failed: ${JSON.stringify(result.error)}`)
  return result.value as T
}

export const rowCount = (core: Core, table: string): number =>
  core.ctx.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).pluck().get() as number
