import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Readable, Writable } from 'node:stream'

// The first paint as a page gets it without Playwright attached. Playwright turns on the DevTools
// domains it needs for every page (network, runtime, its own scripts in each new document), and
// that costs each load a share of its own: ~50 ms more for the empty React page here, little more
// for Engawa's, so the two figures draw closer under Playwright than they are. This Chromium is
// driven over its DevTools pipe with the Page domain alone, and Playwright's own switches, so
// that the attachment is the only difference.

/** The switches Playwright starts Chromium with (1.65, headless), and the bench's own. */
const switches = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-field-trial-config',
  '--disable-background-networking',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  '--disable-back-forward-cache',
  '--disable-breakpad',
  '--disable-component-extensions-with-background-pages',
  '--disable-component-update',
  '--disable-default-apps',
  '--disable-dev-shm-usage',
  '--disable-extensions',
  '--disable-features=AvoidUnnecessaryBeforeUnloadCheckSync,DestroyProfileOnBrowserClose,HttpsUpgrades,LensOverlay,MediaRouter,PaintHolding,ThirdPartyStoragePartitioning,OptimizationHints,NetworkTimeServiceQuerying',
  '--allow-pre-commit-input',
  '--disable-hang-monitor',
  '--disable-ipc-flooding-protection',
  '--disable-popup-blocking',
  '--disable-prompt-on-repost',
  '--force-color-profile=srgb',
  '--metrics-recording-only',
  '--password-store=basic',
  '--use-mock-keychain',
  '--no-service-autorun',
  '--disable-search-engine-choice-screen',
  '--disable-infobars',
  '--disable-sync',
  '--hide-scrollbars',
  '--mute-audio',
  '--window-size=1280,720'
]

/** Splits what the pipe has sent so far into whole messages (each ends with a NUL) and the rest. */
export function splitMessages(buffer: string): { messages: string[]; rest: string } {
  const parts = buffer.split('\0')
  return { messages: parts.slice(0, -1).filter((part) => part !== ''), rest: parts.at(-1) ?? '' }
}

interface Message {
  id?: number
  method?: string
  sessionId?: string
  params?: Record<string, unknown>
  result?: Record<string, unknown>
  error?: { message: string }
}

export interface PlainChromium {
  /** Loads `url` in a new browser context and answers its first contentful paint, in ms. */
  firstContentfulPaint(url: string): Promise<number>
  close(): Promise<void>
}

/** Stops Chromium and every process it started (its group), or just it where there are no groups. */
function stopGroup(browser: ChildProcess): void {
  try {
    if (browser.pid !== undefined && process.platform !== 'win32') process.kill(-browser.pid, 'SIGKILL')
    else browser.kill()
  } catch {
    // Already gone.
  }
}

export function launchPlainChromium(executablePath: string): PlainChromium {
  const profile = mkdtempSync(join(tmpdir(), 'engawa-bench-chromium-'))
  // In a process group of its own, so that closing can stop its helpers (renderers, GPU, network)
  // too: left running, they go on writing to the profile while it is removed.
  const browser = spawn(executablePath, [...switches, `--user-data-dir=${profile}`, '--remote-debugging-pipe', 'about:blank'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
    detached: process.platform !== 'win32'
  })
  const toBrowser = browser.stdio[3] as Writable
  const fromBrowser = browser.stdio[4] as Readable
  let nextId = 1
  let buffer = ''
  const answers = new Map<number, { resolve: (result: Record<string, unknown>) => void; reject: (error: Error) => void }>()
  const events: ((message: Message) => void)[] = []
  fromBrowser.on('data', (chunk: Buffer) => {
    const { messages, rest } = splitMessages(buffer + chunk.toString('utf8'))
    buffer = rest
    for (const text of messages) {
      const message = JSON.parse(text) as Message
      const waiting = message.id === undefined ? undefined : answers.get(message.id)
      if (waiting && message.id !== undefined) {
        answers.delete(message.id)
        if (message.error) waiting.reject(new Error(message.error.message))
        else waiting.resolve(message.result ?? {})
      } else if (message.method) [...events].forEach((listener) => listener(message))
    }
  })
  browser.once('exit', () => {
    for (const waiting of answers.values()) waiting.reject(new Error('Chromium stopped'))
    answers.clear()
  })
  const send = (method: string, params: Record<string, unknown> = {}, sessionId?: string) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      if (browser.exitCode !== null) return reject(new Error('Chromium stopped'))
      const id = nextId++
      answers.set(id, { resolve, reject })
      toBrowser.write(`${JSON.stringify({ id, method, params, sessionId })}\0`)
    })
  const next = (method: string, sessionId: string) =>
    new Promise<void>((resolve) => {
      const listener = (message: Message) => {
        if (message.method !== method || message.sessionId !== sessionId) return
        events.splice(events.indexOf(listener), 1)
        resolve()
      }
      events.push(listener)
    })

  return {
    async firstContentfulPaint(url) {
      const { browserContextId } = await send('Target.createBrowserContext')
      try {
        const { targetId } = await send('Target.createTarget', { url: 'about:blank', browserContextId })
        const { sessionId } = (await send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string }
        await send('Page.enable', {}, sessionId)
        const loaded = next('Page.loadEventFired', sessionId)
        await send('Page.navigate', { url }, sessionId)
        await Promise.race([loaded, new Promise((_, reject) => setTimeout(() => reject(new Error(`${url} did not load in 30 s`)), 30_000).unref())])
        const { result } = (await send(
          'Runtime.evaluate',
          {
            expression: `new Promise((resolve) => new PerformanceObserver((list, observer) => {
              const entry = list.getEntriesByName('first-contentful-paint')[0]
              if (entry) { observer.disconnect(); resolve(entry.startTime) }
            }).observe({ type: 'paint', buffered: true }))`,
            awaitPromise: true,
            returnByValue: true
          },
          sessionId
        )) as { result: { value: number } }
        return result.value
      } finally {
        await send('Target.disposeBrowserContext', { browserContextId })
      }
    },
    async close() {
      const exited = browser.exitCode !== null ? Promise.resolve() : new Promise((resolve) => browser.once('exit', resolve))
      await Promise.race([send('Browser.close').catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 2000))])
      stopGroup(browser)
      await exited
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 })
    }
  }
}
