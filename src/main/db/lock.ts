import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** A data directory in use says so with this file: the pid and kind of the process holding it. */
export const lockFileName = '.engawa.lock'

export type LockOwner = 'desktop' | 'browser' | 'cli'

export interface LockHolder {
  pid: number
  owner: LockOwner
  since: string
}

export class DataDirLockedError extends Error {
  constructor(readonly holder: LockHolder) {
    super(`The data directory is open in Engawa (${holder.owner}, process ${holder.pid}); close it first`)
    this.name = 'DataDirLockedError'
  }
}

// Signal 0 only asks whether the process exists; EPERM means it does, under another user.
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Who holds the directory now, or null (no lock file, an unreadable one, or its process is gone). */
export function lockHolder(dataDir: string): LockHolder | null {
  try {
    const holder = JSON.parse(readFileSync(join(dataDir, lockFileName), 'utf8')) as Partial<LockHolder>
    if (typeof holder.pid !== 'number' || !Number.isInteger(holder.pid) || holder.pid <= 0) return null
    if (holder.pid !== process.pid && !isAlive(holder.pid)) return null
    return { pid: holder.pid, owner: holder.owner ?? 'desktop', since: holder.since ?? '' }
  } catch {
    return null
  }
}

/**
 * Takes the directory for this process, or throws `DataDirLockedError` when another live process
 * holds it (a lock left by a crash is taken over). Released on exit, or earlier by `release`.
 */
export function acquireDataDirLock(dataDir: string, owner: LockOwner): { release(): void } {
  const holder = lockHolder(dataDir)
  if (holder && holder.pid !== process.pid) throw new DataDirLockedError(holder)
  const path = join(dataDir, lockFileName)
  const mine: LockHolder = { pid: process.pid, owner, since: new Date().toISOString() }
  writeFileSync(path, `${JSON.stringify(mine)}\n`)
  const release = () => {
    // Only our own lock is removed: another process may have taken over a stale one since.
    if (lockHolder(dataDir)?.pid === process.pid) rmSync(path, { force: true })
    process.off('exit', release)
  }
  process.on('exit', release)
  return { release }
}
