import { spawn } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { version } from '../../package.json'
import { startCore } from './core'
import { openFailureMessage } from './db/errors'
import { acquireDataDirLock } from './db/lock'
import { createHttpTransport } from './rpc/http'
import { startAutomaticBackups } from './services/backups/schedule'
import { shiftedClock } from './services/context'

// Browser mode: node out/main/server.js --data-dir DIR [--port N] [--token T] [--no-open] [--now ISO]
const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string', default: process.env.ENGAWA_DATA_DIR },
    port: { type: 'string', default: '0' },
    token: { type: 'string' },
    'no-open': { type: 'boolean', default: false },
    // The clock starts at this instant and runs on: for end-to-end tests of dated things (seasons).
    now: { type: 'string' }
  }
})

const dataDir = values['data-dir']
if (!dataDir) {
  console.error('Engawa needs a data folder: --data-dir DIR (or ENGAWA_DATA_DIR).')
  process.exit(2)
}
const port = Number(values.port)
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Not a port number: ${values.port}`)
  process.exit(2)
}

const startsAt = values.now === undefined ? null : Date.parse(values.now)
if (startsAt !== null && Number.isNaN(startsAt)) {
  console.error(`Not an instant: ${values.now}`)
  process.exit(2)
}
const clock = startsAt === null ? undefined : shiftedClock(startsAt - Date.now())

function openInBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open'
  spawn(command, [url], { detached: true, stdio: 'ignore' })
    .on('error', () => console.error('Open the address above in your browser.'))
    .unref()
}

let core
try {
  // Taken before opening: while browser mode runs, the command-line tools refuse this folder.
  mkdirSync(dataDir, { recursive: true })
  acquireDataDirLock(dataDir, 'browser')
  core = startCore({
    dataDir,
    version,
    clock,
    checkIntegrityAtStart: true,
    integrityCheckDelayMs: 1500,
    // Any tab holding the token can call: it may name folders and files inside the data folder only.
    pathAccess: 'inside-data-dir',
    onUnexpectedError: (procedure, error) => console.error(`[engawa] ${procedure} failed:`, error)
  })
} catch (error) {
  console.error(openFailureMessage(error, dataDir))
  process.exit(1)
}
// At most one automatic backup a day while the app runs, rotated (7 daily, 4 weekly, 12 monthly).
startAutomaticBackups(core, { onUnexpectedError: (where, error) => console.error(`[engawa] ${where} failed:`, error) })

const token = values.token ?? randomBytes(24).toString('base64url')
const server = createHttpTransport({
  core,
  token,
  staticDir: fileURLToPath(new URL('../renderer', import.meta.url)),
  onError: (error) => console.error('[engawa] request failed:', error)
})
// Without this a taken port would end the process with a stack trace instead of a sentence.
server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(error.code === 'EADDRINUSE' ? `Port ${port} is already in use: pick another with --port N.` : `Browser mode stopped: ${error.message}`)
  core.close()
  process.exit(1)
})
server.listen(port, '127.0.0.1', () => {
  const address = server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  const url = `http://127.0.0.1:${actualPort}/#token=${token}`
  // The first line is the address: scripts and tests read it.
  process.stdout.write(`${url}\n`)
  process.stdout.write(`Engawa is running in browser mode with data in ${dataDir}. Press Ctrl+C to stop.\n`)
  if (!values['no-open']) openInBrowser(url)
})

const shutdown = () => {
  server.close()
  server.closeAllConnections()
  core.close()
  process.exit(0)
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
