import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'

export type IntegrityResult = { ok: true } | { ok: false; problems: string[] }

export interface IntegrityOptions {
  /** Path to the native module for runtimes other than Node (Electron's own build). */
  nativeBinding?: string
  /** At most this many problems are reported; quick_check stops there. Defaults to 20. */
  maxProblems?: number
}

interface WorkerInput {
  modulePath: string
  file: string
  nativeBinding: string | null
  maxProblems: number
}

// Inline source, not a file: the main process is bundled into out/main/*.js, where no worker file
// would sit beside it. Plain CommonJS, since it is evaluated as-is without the TypeScript build.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads')
let db = null
try {
  const Database = require(workerData.modulePath)
  const options = { readonly: true, fileMustExist: true }
  if (workerData.nativeBinding) options.nativeBinding = workerData.nativeBinding
  db = new Database(workerData.file, options)
  const rows = db.prepare('PRAGMA quick_check(' + workerData.maxProblems + ')').pluck().all().map(String)
  parentPort.postMessage(rows.length === 1 && rows[0] === 'ok' ? { ok: true } : { ok: false, problems: rows })
} catch (error) {
  parentPort.postMessage({ ok: false, problems: [error && error.message ? String(error.message) : String(error)] })
} finally {
  if (db) db.close()
}
`

/**
 * Runs SQLite's `PRAGMA quick_check` on the file in a worker thread, so a large file does not delay
 * the first screen. Never throws: a file that cannot be opened or read is reported as not ok.
 */
export function checkIntegrity(file: string, options: IntegrityOptions = {}): Promise<IntegrityResult> {
  return new Promise((resolve) => {
    let settled = false
    const settle = (result: IntegrityResult) => {
      if (settled) return
      settled = true
      resolve(result)
    }
    try {
      const workerData: WorkerInput = {
        // Resolved here, where Node's resolution knows this module's place in node_modules.
        modulePath: createRequire(import.meta.url).resolve('better-sqlite3'),
        file,
        nativeBinding: options.nativeBinding ?? null,
        maxProblems: Math.max(1, Math.floor(options.maxProblems ?? 20))
      }
      const worker = new Worker(workerSource, { eval: true, workerData })
      // A check still running must not keep the app from quitting.
      worker.unref()
      worker.on('message', (result: IntegrityResult) => settle(result))
      worker.on('error', (error) => settle({ ok: false, problems: [error.message] }))
      worker.on('exit', (code) => settle({ ok: false, problems: [`The check stopped unexpectedly (exit code ${code}).`] }))
    } catch (error) {
      settle({ ok: false, problems: [error instanceof Error ? error.message : String(error)] })
    }
  })
}
