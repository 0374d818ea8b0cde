import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'

export interface BuiltFileFacts {
  integrity: string[]
  brokenKeys: { table: string; parent: string }[]
  counts: Record<string, number>
}

// Inline CommonJS, as in db/integrity.ts: the bundled main process has no worker file beside it.
// integrity_check on a large file takes most of a second; in a worker the window stays responsive.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.modulePath)
const options = { readonly: true, fileMustExist: true }
if (workerData.nativeBinding) options.nativeBinding = workerData.nativeBinding
const db = new Database(workerData.file, options)
try {
  const integrity = db.prepare('PRAGMA integrity_check').pluck().all().map(String)
  const brokenKeys = db.prepare('PRAGMA foreign_key_check').all().map((row) => ({ table: row.table, parent: row.parent }))
  const counts = {}
  for (const table of workerData.tables) {
    counts[table] = db.prepare('SELECT count(*) FROM "' + table.replaceAll('"', '""') + '"').pluck().get()
  }
  parentPort.postMessage({ integrity, brokenKeys, counts })
} finally {
  db.close()
}
`

/** Checks a closed database file in a worker thread: integrity, foreign keys, and each table's row count. */
export function checkBuiltFile(file: string, tables: string[], nativeBinding?: string): Promise<BuiltFileFacts> {
  return new Promise((resolve, reject) => {
    const workerData = { modulePath: createRequire(import.meta.url).resolve('better-sqlite3'), file, tables, nativeBinding: nativeBinding ?? null }
    const worker = new Worker(workerSource, { eval: true, workerData })
    worker.once('message', (facts: BuiltFileFacts) => resolve(facts))
    worker.once('error', reject)
    worker.once('exit', (code) => reject(new Error(`The check of the restored file stopped unexpectedly (exit code ${code})`)))
  })
}
