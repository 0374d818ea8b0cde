import { copyFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Core } from '../../../src/main/core'
import { lastAutoBackupOn } from '../../../src/main/services/app/state'
import { runAutomaticBackup } from '../../../src/main/services/backups/auto'
import { startAutomaticBackups, type AutoBackupTimers } from '../../../src/main/services/backups/schedule'
import type { Output } from '../../../src/shared/api/contract'
import type { JobState } from '../../../src/shared/api/jobs'
import { addDays } from '../../../src/shared/domain/dates'
import { call, fixedClock, testCore } from '../support/core'

/** Timers the test fires by hand: the delayed first check, then each hourly tick. */
function handTimers() {
  const pending: { run: () => void; ms: number; repeat: boolean }[] = []
  const timers: AutoBackupTimers = {
    setTimeout: (run, ms) => pending.push({ run, ms, repeat: false }),
    clearTimeout: () => undefined,
    setInterval: (run, ms) => pending.push({ run, ms, repeat: true }),
    clearInterval: () => undefined
  }
  const fire = (repeat: boolean) => pending.filter((timer) => timer.repeat === repeat).forEach((timer) => timer.run())
  return { timers, pending, fireFirst: () => fire(false), tick: () => fire(true) }
}

const running = (core: Core) => core.ctx.jobs.list().find((job) => job.kind === 'auto_backup' && job.status === 'running')

async function settle(core: Core): Promise<JobState | undefined> {
  const job = running(core)
  return job ? core.ctx.jobs.settled(job.id) : undefined
}

const listed = async (core: Core) => (await call<Output<'backups.list'>>(core, 'backups.list')).items

describe('automatic backups', () => {
  it('backs up once after the start delay, not again the same local day, and again the next day in Tokyo', async () => {
    // 12:00 in Tokyo.
    const clock = fixedClock('2026-11-27T03:00:00Z')
    const core = testCore(clock)
    const { timers, pending, fireFirst, tick } = handTimers()
    const stop = startAutomaticBackups(core, { timers, firstCheckDelayMs: 30_000, checkEveryMs: 3_600_000 })
    expect(pending.map(({ ms, repeat }) => ({ ms, repeat }))).toEqual([{ ms: 30_000, repeat: false }])
    expect(await listed(core)).toEqual([])

    fireFirst()
    expect(await settle(core)).toMatchObject({ status: 'done', result: { name: 'engawa-auto-2026-11-27T03-00-00-000Z.db' } })
    expect((await listed(core)).map((item) => item.kind)).toEqual(['automatic'])
    expect(lastAutoBackupOn(core.ctx)).toBe('2026-11-27')

    // 23:59 the same day in Tokyo, though already the next hour in UTC terms.
    clock.set('2026-11-27T14:59:00Z')
    tick()
    expect(running(core)).toBeUndefined()
    expect(await listed(core)).toHaveLength(1)

    // 00:01 on the 28th in Tokyo (still the 27th in UTC).
    clock.set('2026-11-27T15:01:00Z')
    tick()
    expect(await settle(core)).toMatchObject({ status: 'done' })
    expect((await listed(core)).map((item) => item.name)).toEqual([
      'engawa-auto-2026-11-27T15-01-00-000Z.db',
      'engawa-auto-2026-11-27T03-00-00-000Z.db'
    ])
    stop()
  })

  it('rotates over 40 days to 7 days, 4 weeks and the months, never touching the user’s own copies', async () => {
    const clock = fixedClock('2026-10-20T03:00:00Z')
    const core = testCore(clock)
    const manual = await call<JobState>(core, 'backups.create')
    const manualName = String((await core.ctx.jobs.settled(manual.id)).result?.name)
    const beforeUpdate = 'engawa-2026-10-01T00-00-00-000Z-schema-3.db'
    copyFileSync(join(core.ctx.backupDir, manualName), join(core.ctx.backupDir, beforeUpdate))

    for (let i = 0; i < 40; i++) {
      clock.set(`${addDays('2026-10-20', i)}T03:00:00Z`)
      expect(runAutomaticBackup(core.ctx)).not.toBeNull()
      expect(await settle(core)).toMatchObject({ status: 'done' })
      // A second look the same day starts nothing.
      expect(runAutomaticBackup(core.ctx)).toBeNull()
    }

    const items = await listed(core)
    const autoDays = items.filter((item) => item.kind === 'automatic').map((item) => item.createdAt.slice(0, 10))
    // 2026-11-28 is a Saturday: the last 7 days, the newest of the 3 weeks before, and October's last.
    expect(autoDays).toEqual([
      ...Array.from({ length: 7 }, (_, i) => addDays('2026-11-28', -i)),
      '2026-11-15',
      '2026-11-08',
      '2026-10-31'
    ])
    expect(items.filter((item) => item.kind !== 'automatic').map((item) => [item.name, item.kind])).toEqual(
      expect.arrayContaining([
        [manualName, 'manual'],
        [beforeUpdate, 'before_update']
      ])
    )
  })

  it('reports a full disk through the job state, records nothing, and tries again at the next check', async () => {
    const core = testCore(fixedClock('2026-11-27T03:00:00Z'))
    const full = () => Promise.reject(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }))
    const { timers, fireFirst, tick } = handTimers()
    startAutomaticBackups(core, { timers, backup: full })
    expect(() => fireFirst()).not.toThrow()
    expect(await settle(core)).toMatchObject({ kind: 'auto_backup', status: 'failed', error: { code: 'DISK_FULL' } })
    expect(lastAutoBackupOn(core.ctx)).toBeNull()
    expect(existsSync(core.ctx.backupDir) ? await listed(core) : []).toEqual([])

    tick()
    expect(await settle(core)).toMatchObject({ status: 'failed' })
    expect(await call(core, 'jobs.list')).toEqual([expect.objectContaining({ kind: 'auto_backup', status: 'failed' })])
  })

  it('waits while another backup runs, instead of copying twice at once', async () => {
    const core = testCore()
    const manual = await call<JobState>(core, 'backups.create')
    expect(runAutomaticBackup(core.ctx)).toBeNull()
    await core.ctx.jobs.settled(manual.id)
    expect(runAutomaticBackup(core.ctx)).toMatchObject({ kind: 'auto_backup', status: 'running' })
    await settle(core)
  })
})
