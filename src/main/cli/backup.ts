import { CliError, openForCli, parseCliArgs, runCli, userPath } from './open-data'

const usage = 'Usage: npm run backup -- --data-dir DIR --out FILE.json'

// npm run backup -- --data-dir DIR --out FILE.json: every table in one JSON document.
await runCli(async () => {
  const { values } = parseCliArgs({ options: { 'data-dir': { type: 'string', default: process.env.ENGAWA_DATA_DIR }, out: { type: 'string' } } }, usage)
  const dataDir = values['data-dir']
  if (!dataDir || !values.out) throw new CliError(usage, 2)
  const core = openForCli(userPath(dataDir), { mustExist: true })
  try {
    const started = await core.dispatch('backups.exportJson', { file: userPath(values.out) })
    if (!started.ok) throw new CliError(started.error.message)
    const settled = await core.ctx.jobs.settled((started.value as { id: string }).id)
    if (settled.status !== 'done') throw new CliError(settled.error?.message ?? `The backup ended ${settled.status}`)
    return `Backed up ${String(settled.result?.rows)} rows to ${String(settled.result?.file)}`
  } finally {
    core.close()
  }
})
