import { existsSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { startCore, type Core } from '../core'
import { databaseFileName } from '../db/files'
import { openFailureMessage } from '../db/errors'
import { acquireDataDirLock, DataDirLockedError } from '../db/lock'

/** A message for the user and the exit code that goes with it. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1
  ) {
    super(message)
  }
}

/**
 * The one way the command-line tools open a data directory: never a new, empty one by mistake,
 * never one the app has open (the lock file, db/lock.ts); closing the core releases the lock.
 */
export function openForCli(dataDir: string, options: { mustExist: boolean }): Core {
  if (options.mustExist && !existsSync(join(dataDir, databaseFileName))) {
    throw new CliError(`No Engawa data in ${dataDir} (no ${databaseFileName} there)`)
  }
  let lock: { release(): void }
  try {
    // A restore may start from a folder that does not exist yet; the lock file needs it.
    mkdirSync(dataDir, { recursive: true })
    lock = acquireDataDirLock(dataDir, 'cli')
  } catch (error) {
    throw new CliError(error instanceof DataDirLockedError ? error.message : `Cannot use ${dataDir}: ${String(error)}`)
  }
  try {
    const core = startCore({ dataDir, version: 'cli' })
    return {
      ...core,
      close: () => {
        core.close()
        lock.release()
      }
    }
  } catch (error) {
    lock.release()
    throw new CliError(openFailureMessage(error, dataDir))
  }
}

/** A path as the user typed it: `npm run` starts tools in the project folder, so it is resolved where they were. */
export const userPath = (path: string): string => resolve(process.env.INIT_CWD ?? process.cwd(), path)

/** Arguments parsed, or the usage line and exit code 2. */
export function parseCliArgs<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config)
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)}\n${usage}`, 2)
  }
}

/** Runs a tool's body: a clear message on stderr and a non-zero exit for any error. */
export async function runCli(body: () => Promise<string>): Promise<void> {
  try {
    console.log(await body())
  } catch (error) {
    console.error(`Error: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = error instanceof CliError ? error.exitCode : 1
  }
}
