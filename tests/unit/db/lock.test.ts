import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { acquireDataDirLock, DataDirLockedError, lockFileName, lockHolder } from '../../../src/main/db/lock'
import { tempDir } from '../support/core'

describe('data directory lock', () => {
  it('is taken and released by this process', async () => {
    const dir = tempDir()
    expect(lockHolder(dir)).toBeNull()
    const lock = acquireDataDirLock(dir, 'cli')
    expect(lockHolder(dir)).toMatchObject({ pid: process.pid, owner: 'cli' })
    lock.release()
    expect(existsSync(join(dir, lockFileName))).toBe(false)
  })

  it('refuses a directory another live process holds', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, lockFileName), JSON.stringify({ pid: process.ppid, owner: 'desktop', since: '' }))
    expect(() => acquireDataDirLock(dir, 'cli')).toThrow(DataDirLockedError)
    expect(() => acquireDataDirLock(dir, 'cli')).toThrow(/open in Engawa/)
  })

  it('takes over a lock left by a process that is gone, or one that does not parse', async () => {
    const dir = tempDir()
    writeFileSync(join(dir, lockFileName), JSON.stringify({ pid: 2 ** 22 + 12345, owner: 'desktop', since: '' }))
    expect(lockHolder(dir)).toBeNull()
    acquireDataDirLock(dir, 'cli').release()
    writeFileSync(join(dir, lockFileName), 'garbage')
    expect(lockHolder(dir)).toBeNull()
  })
})
