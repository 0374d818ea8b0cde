import { closeSync, existsSync, openSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { startCore, type Core } from '../../../src/main/core'
import type { Output } from '../../../src/shared/api/contract'
import type { JobState } from '../../../src/shared/api/jobs'
import { call, fixedClock, tempDir, testCore } from '../support/core'



async function backUp(core: Core): Promise<JobState> {
  const started = await call<JobState>(core, 'backups.create')
  return core.ctx.jobs.settled(started.id)
}

const names = async (core: Core) =>
  (await call<{ items: { familyName: string; givenName: string }[] }>(core, 'people.list', {})).items.map((p) => `${p.givenName} ${p.familyName}`)

describe('backups', () => {
  it('backs up as a job with progress, then lists the copy newest first and announces it', async () => {
    const core = testCore()
    await call(core, 'people.quickAdd', { name: 'Ann Lee' })
    const settled = await backUp(core)
    expect(settled).toMatchObject({ kind: 'backup', status: 'done', error: null, result: { name: expect.stringMatching(/^engawa-.*\.db$/) } })
    const jobPushes = core.pushed.filter((message) => message.event === 'job').map((message) => (message.payload as JobState).status)
    expect(jobPushes[0]).toBe('running')
    expect(jobPushes.at(-1)).toBe('done')
    expect(core.pushed.filter((message) => message.event === 'changed').at(-1)?.payload).toEqual({ areas: ['backups', 'app'] })
    const list = await call<Output<'backups.list'>>(core, 'backups.list')
    expect(list.items.map((item) => item.name)).toEqual([settled.result?.name])
    expect(list.items[0]?.size).toBeGreaterThan(0)
    expect(await call(core, 'jobs.list')).toEqual([settled])
  })

  it('answers a second start with the running backup, and cancels without leaving a file', async () => {
    const core = testCore()
    const first = await call<JobState>(core, 'backups.create')
    const second = await call<JobState>(core, 'backups.create')
    expect(second.id).toBe(first.id)
    await call(core, 'jobs.cancel', { id: first.id })
    expect(await core.ctx.jobs.settled(first.id)).toMatchObject({ status: 'cancelled', error: { code: 'CANCELLED' } })
    expect((await call<Output<'backups.list'>>(core, 'backups.list')).items).toEqual([])
  })

  it('restores a backup in place of the current data and keeps the current file aside', async () => {
    const clock = fixedClock('2026-11-28T09:00:00Z')
    const core = testCore(clock)
    await call(core, 'people.quickAdd', { name: 'Ann Lee' })
    const backup = await backUp(core)
    clock.set('2026-11-28T10:00:00Z')
    await call(core, 'people.quickAdd', { name: 'Tom Becker' })
    expect((await names(core)).sort()).toEqual(['Ann Lee', 'Tom Becker'])
    const restored = await call<Output<'backups.restore'>>(core, 'backups.restore', { name: backup.result?.name })
    expect(await names(core)).toEqual(['Ann Lee'])
    expect(existsSync(restored.keptAside)).toBe(true)
    // The file kept aside still holds what was there before, and the app goes on writing normally.
    await call(core, 'people.quickAdd', { name: 'Priya Raman' })
    expect(await names(core)).toHaveLength(2)
    expect(core.pushed.filter((message) => message.event === 'changed').at(-2)?.payload).toMatchObject({
      areas: expect.arrayContaining(['people', 'meetings', 'followups', 'settings'])
    })
  })

  it.each([
    ['a path outside the folder', '../engawa.db', 'INVALID_INPUT'],
    ['a hidden name', '.engawa.db', 'INVALID_INPUT'],
    ['a name not in the folder', 'engawa-2020-01-01T00-00-00-000Z.db', 'NOT_FOUND']
  ])('refuses %s and changes nothing', async (_label, name, code) => {
    const core = testCore()
    await call(core, 'people.quickAdd', { name: 'Ann Lee' })
    const result = await core.dispatch('backups.restore', { name })
    expect(result).toMatchObject({ ok: false, error: { code } })
    expect(await names(core)).toEqual(['Ann Lee'])
  })
})

describe('a damaged data file', () => {
  /** A data folder with a backup and a file whose middle page is then overwritten with garbage. */
  async function damagedFolder() {
    const dataDir = tempDir()
    const core = startCore({ dataDir, clock: fixedClock('2026-11-28T09:00:00Z') })
    for (let i = 0; i < 300; i++) {
      await call(core, 'people.create', { givenName: `Person${i}`, familyName: 'Example', notes: `notes ${i} `.repeat(40) })
    }
    const backup = await backUp(core)
    // A page that surely holds people (the middle of the file may be a free page, which no check reads).
    const leaves = core.ctx.sqlite.prepare("SELECT pageno FROM dbstat WHERE name = 'people' AND pagetype = 'leaf' ORDER BY pageno").pluck().all() as number[]
    const page = leaves[Math.floor(leaves.length / 2)] ?? 1
    core.close()
    const file = join(dataDir, 'engawa.db')
    const pageSize = 4096
    const handle = openSync(file, 'r+')
    writeSync(handle, Buffer.alloc(pageSize, 0xab), 0, pageSize, (page - 1) * pageSize)
    closeSync(handle)
    return { dataDir, backup }
  }

  it('opens, says so plainly after the background check, offers the newest backup, and restoring it heals', async () => {
    const { dataDir, backup } = await damagedFolder()
    const core = startCore({ dataDir, clock: fixedClock('2026-11-28T10:00:00Z'), checkIntegrityAtStart: true })
    try {
      expect((await call<Output<'app.health'>>(core, 'app.health')).integrity).toBe('checking')
      await core.integrityChecked
      const health = await call<Output<'app.health'>>(core, 'app.health')
      expect(health).toMatchObject({ integrity: 'damaged', newestBackup: { name: backup.result?.name } })
      expect(health.problems.length).toBeGreaterThan(0)
      // A read that lands on the bad page answers with a plain code, not "Something went wrong".
      const read = await core.dispatch('people.list', { query: 'notes', limit: 500 })
      expect(read.ok ? 'ok' : read.error.code).toMatch(/^(ok|DATA_DAMAGED)$/)
      await call(core, 'backups.restore', { name: health.newestBackup?.name })
      expect((await call<Output<'people.list'>>(core, 'people.list', { limit: 500 })).total).toBe(300)
      // The check the restore started has finished once the core is idle: the file is sound again.
      await core.idle()
      expect((await call<Output<'app.health'>>(core, 'app.health')).integrity).toBe('ok')
    } finally {
      core.close()
    }
  })
})
