import { Worker } from 'node:worker_threads'

/** What a backup file says about itself before any row is looked at. */
export interface BackupOutline {
  head: { format?: unknown; version?: unknown; schemaVersion?: unknown; createdAt?: unknown }
  /** Each table with its row count (-1: not a list); null when `tables` is not an object at all. */
  tables: [string, number][] | null
}

export type ParseMessage =
  | { kind: 'unreadable'; code: string | null }
  | { kind: 'not-json' }
  | ({ kind: 'outline' } & BackupOutline)
  | { kind: 'rows'; table: string; rows: unknown[] }
  | { kind: 'end' }

// Rows handed over at a time: a page's copy into the main thread and its zod check stay a few ms
// (1,000 rows took 12 ms warm and 80 ms while zod was still cold).
export const rowsPerMessage = 200

/*
 * Reading and JSON.parse of a whole 50 MB document is one ~0.5 s block no matter what; here it
 * blocks a worker instead. The main thread then asks for rows a page at a time, so each copy
 * across (structured clone) is small, and a refused file stops the worker after its outline.
 * Inline CommonJS, as in check.ts: the bundled main process has no worker file beside it.
 */
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads')
const { readFileSync } = require('node:fs')
function run() {
  let text
  try {
    text = readFileSync(workerData.file, 'utf8')
  } catch (error) {
    parentPort.postMessage({ kind: 'unreadable', code: (error && error.code) || null })
    return
  }
  let doc
  try {
    doc = JSON.parse(text)
  } catch {
    parentPort.postMessage({ kind: 'not-json' })
    return
  }
  text = null
  const object = doc !== null && typeof doc === 'object' && !Array.isArray(doc) ? doc : {}
  const tables = object.tables !== null && typeof object.tables === 'object' && !Array.isArray(object.tables) ? object.tables : null
  const names = tables ? Object.keys(tables) : []
  parentPort.postMessage({
    kind: 'outline',
    head: { format: object.format, version: object.version, schemaVersion: object.schemaVersion, createdAt: object.createdAt },
    tables: tables ? names.map((name) => [name, Array.isArray(tables[name]) ? tables[name].length : -1]) : null
  })
  let t = 0
  let start = 0
  parentPort.on('message', () => {
    while (t < names.length && (!Array.isArray(tables[names[t]]) || start >= tables[names[t]].length)) {
      t++
      start = 0
    }
    if (t >= names.length) return parentPort.postMessage({ kind: 'end' })
    const rows = tables[names[t]].slice(start, start + workerData.pageSize)
    parentPort.postMessage({ kind: 'rows', table: names[t], rows })
    start += rows.length
  })
}
run()
`

export interface BackupParser {
  /** The next message: the outline first, then a page of rows for each `more()`, then `end`. */
  next(): Promise<ParseMessage>
  more(): void
  stop(): Promise<void>
}

/** Starts parsing a backup file in a worker thread; the caller stops it when done or refusing. */
export function parseInWorker(file: string): BackupParser {
  const worker = new Worker(workerSource, { eval: true, workerData: { file, pageSize: rowsPerMessage } })
  const arrived: ParseMessage[] = []
  const waiting: { resolve: (message: ParseMessage) => void; reject: (error: Error) => void }[] = []
  let failure: Error | null = null
  let stopped = false
  const fail = (error: Error) => {
    if (stopped) return
    failure = error
    for (const waiter of waiting.splice(0)) waiter.reject(error)
  }
  worker.on('message', (message: ParseMessage) => {
    const waiter = waiting.shift()
    if (waiter) waiter.resolve(message)
    else arrived.push(message)
  })
  worker.on('error', fail)
  worker.on('exit', (code) => fail(new Error(`Reading the backup stopped unexpectedly (exit code ${code})`)))
  return {
    next: () => {
      const message = arrived.shift()
      if (message) return Promise.resolve(message)
      if (failure) return Promise.reject(failure)
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }))
    },
    more: () => worker.postMessage('more'),
    stop: async () => {
      stopped = true
      await worker.terminate()
    }
  }
}
