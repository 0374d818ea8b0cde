import { copyFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeJsonBackup } from '../../../src/main/backup-json/write'
import { latestSchemaVersion, migrations } from '../../../src/main/db/migrations'
import { openDatabase } from '../../../src/main/db/open'
import type { JobState } from '../../../src/shared/api/jobs'
import { fillEveryTable, snapshot } from '../db/fill'
import { call, fixedClock, tempDir, testCore } from '../support/core'

const quietJob = () => ({ signal: new AbortController().signal, progress: () => undefined })

describe('a JSON backup from an earlier data version', () => {
  it.each(Array.from({ length: latestSchemaVersion - 1 }, (_, i) => i + 1))('from version %i restores as migrating the file would', async (version) => {
    const dir = tempDir()
    const file = join(dir, 'old.db')
    const old = openDatabase(file, { migrations: migrations.slice(0, version) })
    fillEveryTable(old.sqlite)
    old.sqlite.close()
    const json = join(dir, 'old.json')
    await writeJsonBackup({ databaseFile: file, clock: fixedClock('2026-11-28T09:00:00Z') }, json, quietJob())

    // What the file holds once migrated the ordinary way, for comparison.
    copyFileSync(file, join(dir, 'migrated.db'))
    const migrated = openDatabase(join(dir, 'migrated.db'), { backupDir: join(dir, 'copies') })
    const expected = snapshot(migrated.sqlite)
    migrated.sqlite.close()

    const core = testCore()
    const started = await call<JobState>(core, 'backups.restoreJson', { file: json })
    expect(await core.ctx.jobs.settled(started.id)).toMatchObject({ status: 'done' })
    expect(core.ctx.schemaVersion).toBe(latestSchemaVersion)
    expect(snapshot(core.ctx.sqlite)).toEqual(expected)
  })
})
