import { vi } from 'vitest'

type Listener = (...args: unknown[]) => void

/** A stand-in for the parts of Electron our adapters touch, recording what they were asked to do. */
export function createFakeElectron() {
  const windows: FakeBrowserWindow[] = []
  const ipcHandlers = new Map<string, Listener>()

  class FakeWebContents {
    listeners = new Map<string, Listener>()
    windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
    sent: unknown[][] = []
    on(event: string, listener: Listener) {
      this.listeners.set(event, listener)
      return this
    }
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      this.windowOpenHandler = handler
    }
    isDestroyed() {
      return false
    }
    send(...args: unknown[]) {
      this.sent.push(args)
    }
  }

  class FakeBrowserWindow {
    webContents = new FakeWebContents()
    onceListeners = new Map<string, Listener>()
    constructor(readonly options: Record<string, unknown>) {
      windows.push(this)
    }
    once(event: string, listener: Listener) {
      this.onceListeners.set(event, listener)
    }
    show = vi.fn()
  }

  const module = {
    BrowserWindow: FakeBrowserWindow,
    shell: { openExternal: vi.fn(async () => undefined) },
    ipcMain: {
      handle: vi.fn((channel: string, listener: Listener) => ipcHandlers.set(channel, listener)),
      removeHandler: vi.fn((channel: string) => ipcHandlers.delete(channel))
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    net: { fetch: vi.fn() }
  }
  return { module, windows, ipcHandlers }
}

export type FakeElectron = ReturnType<typeof createFakeElectron>
