import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import { AppFailure, type ErrorCode } from '../../shared/api/result'
import { sqlFunctionsSource } from './sql-functions'

/**
 * One step: the index of a statement given at the start (or, for a one-off, its SQL), its parameters (an array for `?`, an
 * object for `@name`), and, if the step must change a row, the failure to raise when it changes none.
 */
export type WriteStep = [statement: number | string, params?: unknown[] | Record<string, unknown>, orFail?: { code: ErrorCode; message: string }]

/** A transaction held open in a worker thread on a connection of its own. */
export interface WorkerTransaction {
  /** Runs steps inside the transaction; rejects (and the transaction is rolled back) if one fails. */
  run(steps: WriteStep[]): Promise<void>
  commit(): Promise<void>
  /** Rolls back and ends the worker; harmless after a failure or a commit. */
  rollback(): Promise<void>
}

type Reply = { kind: 'ready' | 'ran' | 'committed' | 'rolledBack' } | { kind: 'failed'; message: string; code: string | null; appCode: string | null }

// Inline CommonJS, as in integrity.ts: the bundled main process has no worker file beside it.
// Statements are prepared when first used: a list may create a table and then fill it.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads')
${sqlFunctionsSource}
let db = null
const prepared = new Map()
const end = () => {
  if (db && db.inTransaction) db.exec('ROLLBACK')
  if (db) db.close()
  db = null
}
const failed = (error) => {
  try { end() } catch {}
  parentPort.postMessage({ kind: 'failed', message: String((error && error.message) || error), code: (error && typeof error.code === 'string') ? error.code : null, appCode: (error && error.appCode) || null })
  parentPort.close()
}
try {
  const Database = require(workerData.modulePath)
  const options = { fileMustExist: true }
  if (workerData.nativeBinding) options.nativeBinding = workerData.nativeBinding
  db = new Database(workerData.file, options)
  registerSqlFunctions(db)
  db.pragma('busy_timeout = 5000')
  db.pragma('synchronous = FULL')
  db.pragma('foreign_keys = ON')
  db.pragma('cache_size = -32768')
  db.exec('BEGIN IMMEDIATE')
  parentPort.postMessage({ kind: 'ready' })
} catch (error) {
  failed(error)
}
parentPort.on('message', (message) => {
  if (!db) return
  try {
    if (message.kind === 'run') {
      for (const [index, params, orFail] of message.steps) {
        let statement = prepared.get(index)
        if (!statement) prepared.set(index, (statement = db.prepare(typeof index === 'string' ? index : workerData.statements[index])))
        const info = params === undefined ? statement.run() : statement.run(params)
        if (orFail && info.changes === 0) throw Object.assign(new Error(orFail.message), { appCode: orFail.code })
      }
      parentPort.postMessage({ kind: 'ran' })
    } else if (message.kind === 'commit') {
      db.exec('COMMIT')
      end()
      parentPort.postMessage({ kind: 'committed' })
      parentPort.close()
    } else {
      end()
      parentPort.postMessage({ kind: 'rolledBack' })
      parentPort.close()
    }
  } catch (error) {
    failed(error)
  }
})
`

export interface WorkerTransactionOptions {
  nativeBinding?: string | undefined
}

/**
 * Opens `file` in a worker thread (with the app's SQL functions, so the search triggers run there)
 * and begins an immediate transaction on it. The main thread only posts steps and waits: however
 * long the writing takes, its event loop never stands still for it. Nothing is visible to other
 * connections until `commit`; a crash or `rollback` leaves the file as it was.
 */
export async function beginInWorker(file: string, statements: readonly string[], options: WorkerTransactionOptions = {}): Promise<WorkerTransaction> {
  const worker = new Worker(workerSource, {
    eval: true,
    workerData: { modulePath: createRequire(import.meta.url).resolve('better-sqlite3'), file, statements, nativeBinding: options.nativeBinding ?? null }
  })
  let failure: Error | null = null
  let pending: { resolve: () => void; reject: (error: Error) => void; expect: Reply['kind'] } | null = null
  const settle = (error: Error | null, kind?: Reply['kind']) => {
    const waiter = pending
    if (error) failure ??= error
    if (!waiter) return
    pending = null
    if (error) waiter.reject(error)
    else if (kind === waiter.expect) waiter.resolve()
    else waiter.reject(new Error(`The writing worker answered ${kind} instead of ${waiter.expect}`))
  }
  worker.on('message', (reply: Reply) => settle(reply.kind === 'failed' ? errorOf(reply) : null, reply.kind))
  worker.on('error', (error) => settle(error))
  worker.on('exit', (code) => settle(new Error(`The writing worker stopped (exit code ${code})`)))
  const ask = (expect: Reply['kind'], message?: unknown) =>
    new Promise<void>((resolve, reject) => {
      if (failure) return reject(failure)
      pending = { resolve, reject, expect }
      if (message !== undefined) worker.postMessage(message)
    })
  await ask('ready')
  let ended = false
  return {
    run: (steps) => ask('ran', { kind: 'run', steps }),
    async commit() {
      await ask('committed', { kind: 'commit' })
      ended = true
    },
    async rollback() {
      if (ended) return
      ended = true
      if (!failure) await ask('rolledBack', { kind: 'rollback' }).catch(() => undefined)
      await worker.terminate()
    }
  }
}

/** The worker's failure as the main thread raises it: an app failure keeps its code, SQLite's its own. */
function errorOf(reply: Extract<Reply, { kind: 'failed' }>): Error {
  if (reply.appCode) return new AppFailure(reply.appCode as ErrorCode, reply.message)
  return Object.assign(new Error(reply.message), reply.code ? { code: reply.code } : {})
}
