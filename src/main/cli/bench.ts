import { spawn } from 'node:child_process'
import { Agent, createServer, request } from 'node:http'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { startCore } from '../core'
import { getPerson, listPeople } from '../services/people/queries'
import { benchExportJob, benchJsonJobs } from './bench-export'
import { benchImportJob } from './bench-import'
import { likeReference, longQueries, residentMB, shortQueries } from './bench-search'
import { benchRenderer } from './bench-ui'
import { seedDatabase } from './seed-data'

// npm run bench [-- --people 10000 --notes 100000 --rounds 500 --no-ui --json FILE]
// npm run bench -- --jobs: only the JSON backup and restore and the contact import, on the seeded file
const { values } = parseArgs({
  options: {
    jobs: { type: 'boolean', default: false },
    people: { type: 'string', default: '10000' },
    notes: { type: 'string', default: '100000' },
    rounds: { type: 'string', default: '500' },
    'no-ui': { type: 'boolean', default: false },
    json: { type: 'string' }
  }
})
const rounds = Number(values.rounds)

const percentile = (samples: number[], p: number) => {
  const sorted = [...samples].sort((a, b) => a - b)
  return Number((sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0).toFixed(3))
}
const stats = (samples: number[]) => ({ p50: percentile(samples, 50), p95: percentile(samples, 95), n: samples.length })
const mean = (samples: number[]) => samples.reduce((a, b) => a + b, 0) / samples.length

function timeEach(count: number, run: (i: number) => unknown): number[] {
  const samples: number[] = []
  for (let i = 0; i < count; i++) {
    const start = performance.now()
    run(i)
    samples.push(performance.now() - start)
  }
  return samples
}

async function timeEachAsync(count: number, run: (i: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = []
  for (let i = 0; i < count; i++) {
    const start = performance.now()
    await run(i)
    samples.push(performance.now() - start)
  }
  return samples
}

/** A bare static server for the empty React page the renderer is compared with. */
function serveFolder(dir: string): Promise<{ url: string; close(): void }> {
  const server = createServer((req, res) => {
    const path = join(dir, new URL(req.url ?? '/', 'http://x').pathname.replace(/\/$/, '/index.html'))
    if (!path.startsWith(dir) || !existsSync(path)) return res.writeHead(404).end()
    res.writeHead(200, { 'Content-Type': path.endsWith('.js') ? 'text/javascript' : 'text/html' }).end(readFileSync(path))
  })
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => server.close() })
    })
  )
}

/**
 * The first job, on the seeded file: how long it takes, and the longest the event loop stood still
 * meanwhile (the main process must never block more than 50 ms during long work).
 */
async function benchBackupJob(core: ReturnType<typeof startCore>) {
  const histogram = monitorEventLoopDelay({ resolution: 1 })
  histogram.enable()
  const start = performance.now()
  const started = await core.dispatch('backups.create', {})
  if (!started.ok) throw new Error('backups.create failed')
  const settled = await core.ctx.jobs.settled((started.value as { id: string }).id)
  const seconds = (performance.now() - start) / 1000
  histogram.disable()
  return {
    status: settled.status,
    seconds: Number(seconds.toFixed(2)),
    fileMB: Number((Number(settled.result?.size ?? 0) / 1_048_576).toFixed(1)),
    longestMainThreadBlockMs: Number((histogram.max / 1e6).toFixed(1))
  }
}

/** Polls `app.health` until the start-up integrity check has run. */
async function waitForIntegrityCheck(origin: string, agent: Agent): Promise<void> {
  const health = () =>
    new Promise<string>((resolve, reject) => {
      const req = request(`${origin}/api/app.health`, { method: 'POST', agent, headers: { Authorization: 'Bearer bench', 'Content-Length': 0 } }, (res) => {
        let text = ''
        res.on('data', (chunk) => (text += chunk))
        res.on('end', () => resolve((JSON.parse(text) as { value?: { integrity?: string } }).value?.integrity ?? 'ok'))
      })
      req.on('error', reject)
      req.end()
    })
  while (['unchecked', 'checking'].includes(await health())) await new Promise((resolve) => setTimeout(resolve, 100))
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'engawa-bench-'))
  const core = startCore({ dataDir })
  const seedStart = performance.now()
  seedDatabase(core.ctx, { people: Number(values.people), notes: Number(values.notes) })
  const seedSeconds = (performance.now() - seedStart) / 1000
  // Past the welcome screen, so the renderer measurements see the app itself.
  await core.dispatch('settings.update', { onboarded: true, language: 'en' })
  if (values.jobs) {
    const jsonJobs = await benchJsonJobs(core)
    core.close()
    const importJob = await benchImportJob(dataDir)
    rmSync(dataDir, { recursive: true, force: true })
    console.log(JSON.stringify({ data: { people: Number(values.people), notes: Number(values.notes), seedSeconds: Number(seedSeconds.toFixed(1)) }, jsonJobs, importJob }, null, 2))
    return
  }
  const ids = core.ctx.sqlite.prepare('SELECT id FROM people').pluck().all() as string[]
  const idAt = (i: number) => ids[(i * 7919) % ids.length] as string
  const listInput = (i: number) => ({ query: '', tag: null, stage: null, after: null, offset: (i * 100) % 9000, limit: 100 })
  // Keyset cursors of pages across the list (page 90 of 100 among them), as the renderer pages.
  const cursorAt = core.ctx.sqlite.prepare('SELECT sort_key AS sortKey, id FROM people WHERE deleted_at IS NULL ORDER BY sort_key, id LIMIT 1 OFFSET ?')
  const deepCursor = cursorAt.get(Math.floor(Number(values.people) * 0.89) - 1) as { sortKey: string; id: string }
  const cursors = Array.from({ length: 20 }, (_, i) => cursorAt.get(Math.floor((Number(values.people) * i) / 20)) as { sortKey: string; id: string })

  // In-process: the same calls straight to the service and through dispatch (parse + Result).
  // Dispatch is async (a procedure may return a promise): each call is awaited, as the transports do.
  await timeEachAsync(200, (i) => core.dispatch('people.get', { id: idAt(i) }))
  const serviceGet = timeEach(rounds * 4, (i) => getPerson(core.ctx, idAt(i)))
  const dispatchGet = await timeEachAsync(rounds * 4, (i) => core.dispatch('people.get', { id: idAt(i) }))
  const serviceList = timeEach(rounds * 2, (i) => listPeople(core.ctx, listInput(i)))
  const dispatchList = await timeEachAsync(rounds * 2, (i) => core.dispatch('people.list', listInput(i)))
  const searchLong = await timeEachAsync(rounds, (i) => core.dispatch('people.list', { query: ['ポストモーテム', 'on-call fatigue', 'Kubernetes', '勉強会の運営'][i % 4], limit: 50 }))
  const searchShort = await timeEachAsync(rounds, (i) => core.dispatch('people.list', { query: ['佐藤', '健', '彩', '高'][i % 4], limit: 50 }))
  // The palette's search over everything, and the LIKE scan over the same text it must beat.
  await timeEachAsync(50, (i) => core.dispatch('search.query', { text: longQueries[i % longQueries.length], limit: 20 }))
  const everythingLong = await timeEachAsync(rounds, (i) => core.dispatch('search.query', { text: longQueries[i % longQueries.length], limit: 20 }))
  const everythingShort = await timeEachAsync(rounds, (i) => core.dispatch('search.query', { text: shortQueries[i % shortQueries.length], limit: 20 }))
  const likeScan = timeEach(Math.min(rounds, 100), likeReference(core))
  const benchRss = await residentMB()
  const backupJob = await benchBackupJob(core)
  const exportJob = await benchExportJob(core)
  const jsonJobs = await benchJsonJobs(core)
  core.close()

  // Browser mode: a real server process and HTTP round trips from here.
  const server = spawn(process.execPath, [fileURLToPath(new URL('../out/main/server.js', import.meta.url)), '--data-dir', dataDir, '--no-open', '--token', 'bench'], {
    stdio: ['ignore', 'pipe', 'inherit']
  })
  const firstLine = await new Promise<string>((resolve) => createInterface({ input: server.stdout }).once('line', resolve))
  const origin = new URL(firstLine).origin
  // node:http with keep-alive, like a browser tab: undici's fetch adds ~1.5 ms of its own per call.
  const agent = new Agent({ keepAlive: true })
  const call = (procedure: string, input: unknown) =>
    new Promise<void>((resolve, reject) => {
      const body = JSON.stringify(input)
      const req = request(
        `${origin}/api/${procedure}`,
        { method: 'POST', agent, headers: { Authorization: 'Bearer bench', 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } },
        (res) => {
          let text = ''
          res.on('data', (chunk) => (text += chunk))
          res.on('end', () => ((JSON.parse(text) as { ok: boolean }).ok ? resolve() : reject(new Error(`${procedure} failed`))))
        }
      )
      req.on('error', reject)
      req.end(body)
    })
  // Steady state: the integrity check browser mode runs shortly after start has finished.
  await waitForIntegrityCheck(origin, agent)
  await timeEachAsync(100, (i) => call('people.get', { id: idAt(i) }))
  const httpGet = await timeEachAsync(rounds, (i) => call('people.get', { id: idAt(i) }))
  const httpList = await timeEachAsync(rounds, (i) => call('people.list', listInput(i)))
  // What the People screen asks first: the top of the list, 100 rows.
  const httpFirstPage = await timeEachAsync(rounds, () => call('people.list', { limit: 100 }))
  // Page 90 of 100: by keyset as the People screen asks, and by offset for reference.
  const httpDeepPage = await timeEachAsync(rounds, () => call('people.list', { after: deepCursor, limit: 100 }))
  const httpDeepOffset = await timeEachAsync(rounds, () => call('people.list', { offset: Math.floor(Number(values.people) * 0.89), limit: 100 }))
  const httpKeysetPages = await timeEachAsync(rounds, (i) => call('people.list', { after: cursors[i % cursors.length], limit: 100 }))
  const httpSearch = await timeEachAsync(rounds, (i) => call('search.query', { text: longQueries[i % longQueries.length], limit: 20 }))
  const serverRss = await residentMB(server.pid)
  agent.destroy()
  const renderer = values['no-ui'] ? null : await benchRenderer(firstLine, serveFolder).catch((error: unknown) => ({ skipped: error instanceof Error ? (error.stack ?? error.message) : String(error) }))
  server.kill('SIGTERM')
  await new Promise((resolve) => server.once('exit', resolve))
  // Last, since it adds 10,000 people: the import job against the seeded people.
  const importJob = await benchImportJob(dataDir)
  rmSync(dataDir, { recursive: true, force: true })

  const report = {
    data: { people: Number(values.people), notes: Number(values.notes), seedSeconds: Number(seedSeconds.toFixed(1)) },
    browserModeRoundTripMs: {
      'people.get': stats(httpGet),
      'people.list first 100 rows': stats(httpFirstPage),
      'people.list 100 rows at any offset': stats(httpList),
      'people.list page 90 of 100 (keyset)': stats(httpDeepPage),
      'people.list page 90 of 100 (offset, reference)': stats(httpDeepOffset),
      'people.list 100 rows after any cursor (keyset)': stats(httpKeysetPages),
      'search.query 3+ characters': stats(httpSearch)
    },
    dispatchOverheadMs: {
      'people.get': Number((mean(dispatchGet) - mean(serviceGet)).toFixed(4)),
      'people.list': Number((mean(dispatchList) - mean(serviceList)).toFixed(4))
    },
    serviceMs: { 'people.get': stats(serviceGet), 'people.list': stats(serviceList) },
    searchMs: { '3+ characters': stats(searchLong), '1–2 characters': stats(searchShort) },
    searchEverythingMs: {
      '3+ characters': stats(everythingLong),
      '1–2 characters': stats(everythingShort),
      "reference: LIKE '%…%' over the same text": stats(likeScan)
    },
    memoryMB: { 'browser-mode server RSS after the run': serverRss, 'bench process RSS after seeding': benchRss },
    backupJob,
    exportJob,
    jsonJobs,
    importJob,
    renderer,
    budgets: {
      roundTripP95: 5,
      dispatchOverhead: 1,
      searchLongP95: 10,
      searchShortP95: 50,
      firstPaintRatio: 1.5,
      peopleListVisibleMs: 100,
      longestTaskWhileTypingMs: 50,
      longestMainThreadBlockDuringJobMs: 50,
      exportSeconds: 10,
      importSeconds: 5
    }
  }
  const ratio = (figure: number, budget: number) => ({ figure, budget, ratio: Number((figure / budget).toFixed(2)) })
  const summary = {
    'search.query 3+ characters p95 (ms)': ratio(stats(everythingLong).p95, 10),
    'search.query 1–2 characters p95 (ms)': ratio(stats(everythingShort).p95, 50),
    // At least 10× faster than the LIKE scan: this ratio must be ≤ 0.1.
    'search.query p95 / LIKE scan p95': ratio(Number((stats(everythingLong).p95 / stats(likeScan).p95).toFixed(4)), 0.1),
    'people.get round trip p95 (ms)': ratio(stats(httpGet).p95, 5),
    'people.list first 100 rows round trip p95 (ms)': ratio(stats(httpFirstPage).p95, 5),
    'people.list page 90 of 100 (keyset) round trip p95 (ms)': ratio(stats(httpDeepPage).p95, 5),
    'dispatch overhead people.get (ms)': ratio(report.dispatchOverheadMs['people.get'], 1),
    'dispatch overhead people.list (ms)': ratio(report.dispatchOverheadMs['people.list'], 1)
  }
  const output = JSON.stringify({ ...report, summary }, null, 2)
  console.log(output)
  if (values.json) writeFileSync(values.json, `${output}\n`)
}

void main()
