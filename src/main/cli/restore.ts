import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { databaseFileName } from '../db/files'
import { CliError, openForCli, parseCliArgs, runCli, userPath } from './open-data'

const usage = 'Usage: npm run restore -- --data-dir DIR FILE.json'

// npm run restore -- --data-dir DIR FILE.json: a new data file built from the backup; the old one is kept aside.
await runCli(async () => {
  const { values, positionals } = parseCliArgs({ allowPositionals: true, options: { 'data-dir': { type: 'string', default: process.env.ENGAWA_DATA_DIR } } }, usage)
  const dataDir = values['data-dir']
  const file = positionals[0]
  if (!dataDir || file === undefined || positionals.length > 1) throw new CliError(usage, 2)
  const hadData = existsSync(join(userPath(dataDir), databaseFileName))
  const core = openForCli(userPath(dataDir), { mustExist: false })
  let answer: { rows: number; keptAside: string }
  try {
    const started = await core.dispatch('backups.restoreJson', { file: userPath(file) })
    if (!started.ok) throw new CliError(started.error.message)
    const settled = await core.ctx.jobs.settled((started.value as { id: string }).id)
    if (settled.status !== 'done') throw new CliError(settled.error?.message ?? `The restore ended ${settled.status}`)
    answer = { rows: Number(settled.result?.rows), keptAside: String(settled.result?.keptAside) }
  } finally {
    core.close()
  }
  // The empty file opening the directory just created holds nothing of the user's.
  if (!hadData) for (const suffix of ['', '-wal', '-shm']) rmSync(answer.keptAside + suffix, { force: true })
  const kept = hadData ? `; the previous data is kept at ${answer.keptAside}` : ''
  return `Restored ${answer.rows} rows into ${join(userPath(dataDir), databaseFileName)}${kept}`
})
