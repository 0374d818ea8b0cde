import { existsSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { JobState } from '../../shared/api/jobs'
import { languages, type Language } from '../../shared/domain/people'
import { startCore } from '../core'
import { databaseFileName } from '../db/files'
import { acquireDataDirLock, DataDirLockedError } from '../db/lock'

// npm run export -- --data-dir DIR --out FOLDER [--language ja|en]
const usage = 'Usage: npm run export -- --data-dir DIR --out FOLDER [--language ja|en]'

function fail(message: string, code = 1): never {
  console.error(message)
  process.exit(code)
}

function parse() {
  try {
    return parseArgs({
      options: {
        'data-dir': { type: 'string', default: process.env.ENGAWA_DATA_DIR },
        out: { type: 'string' },
        language: { type: 'string' }
      }
    }).values
  } catch (error) {
    return fail(`${(error as Error).message}\n${usage}`, 2)
  }
}

async function main() {
  const values = parse()
  if (!values['data-dir'] || !values.out) fail(usage, 2)
  // `npm run` starts in the project folder; relative paths mean the caller's folder (INIT_CWD).
  const here = process.env.INIT_CWD ?? process.cwd()
  const dataDir = resolve(here, values['data-dir'])
  const language = values.language as Language | undefined
  if (language !== undefined && !languages.includes(language)) fail(`--language must be one of ${languages.join(', ')}\n${usage}`, 2)
  // Never create a new, empty data directory by mistake: the database must already be there.
  if (!existsSync(join(dataDir, databaseFileName)) || !statSync(dataDir).isDirectory()) fail(`No Engawa data in ${dataDir} (no ${databaseFileName})`)
  const out = resolve(here, values.out)

  let lock: { release(): void }
  try {
    lock = acquireDataDirLock(dataDir, 'cli')
  } catch (error) {
    return fail(error instanceof DataDirLockedError ? error.message : `Cannot use ${dataDir}: ${(error as Error).message}`)
  }
  const core = startCore({ dataDir })
  try {
    const started = await core.dispatch('exports.vault', { folder: out, ...(language ? { language } : {}) })
    if (!started.ok) fail(`Export refused: ${started.error.message}`)
    const settled = await core.ctx.jobs.settled((started.value as JobState).id)
    if (settled.status !== 'done') fail(`Export ${settled.status}: ${settled.error?.message ?? 'unknown error'}`)
    const result = settled.result ?? {}
    console.log(`Exported to ${String(result.folder)}: ${String(result.written)} written, ${String(result.unchanged)} unchanged, ${String(result.keptUserEdits)} kept because you edited them (new versions beside them).`)
  } finally {
    core.close()
    lock.release()
  }
}

main().catch((error: unknown) => fail(`Export failed: ${error instanceof Error ? error.message : String(error)}`))
