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
    static fromWebContents = (contents: unknown) => windows.find((window) => window.webContents === contents) ?? null
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

  const trays: FakeTray[] = []
  const notifications: FakeNotification[] = []
  let notificationsSupported = true

  class FakeTray {
    tooltip = ''
    menu: unknown = null
    images: unknown[] = []
    listeners = new Map<string, Listener>()
    destroyed = false
    constructor(readonly image: unknown) {
      trays.push(this)
    }
    setImage(image: unknown) {
      this.images.push(image)
    }
    on(event: string, listener: Listener) {
      this.listeners.set(event, listener)
    }
    setToolTip(text: string) {
      this.tooltip = text
    }
    setContextMenu(menu: unknown) {
      this.menu = menu
    }
    destroy() {
      this.destroyed = true
    }
    isDestroyed() {
      return this.destroyed
    }
  }

  class FakeNotification {
    static isSupported = () => notificationsSupported
    listeners = new Map<string, Listener>()
    shown = false
    constructor(readonly options: { title: string; body: string; silent?: boolean }) {
      notifications.push(this)
    }
    on(event: string, listener: Listener) {
      this.listeners.set(event, listener)
    }
    show() {
      this.shown = true
    }
  }

  const themeListeners = new Set<Listener>()
  const nativeTheme = {
    shouldUseDarkColors: false,
    shouldUseDarkColorsForSystemIntegratedUI: false,
    on: (event: string, listener: Listener) => event === 'updated' && themeListeners.add(listener),
    off: (event: string, listener: Listener) => event === 'updated' && themeListeners.delete(listener),
    /** What the system does when the user switches between light and dark. */
    change(colors: { apps?: boolean; system?: boolean }) {
      nativeTheme.shouldUseDarkColors = colors.apps ?? nativeTheme.shouldUseDarkColors
      nativeTheme.shouldUseDarkColorsForSystemIntegratedUI = colors.system ?? nativeTheme.shouldUseDarkColorsForSystemIntegratedUI
      for (const listener of themeListeners) listener()
    },
    listenerCount: () => themeListeners.size
  }

  const appListeners = new Map<string, Listener>()
  const app = {
    /** Whether another instance holds the lock; what this instance sent it. */
    otherInstanceRunning: false,
    lockData: undefined as unknown,
    requestSingleInstanceLock: vi.fn((data?: unknown) => {
      app.lockData = data
      return !app.otherInstanceRunning
    }),
    on: vi.fn((event: string, listener: Listener) => appListeners.set(event, listener)),
    emit: (event: string, ...args: unknown[]) => appListeners.get(event)?.(...args),
    dock: { setMenu: vi.fn() },
    setUserTasks: vi.fn((_tasks: unknown[]) => true),
    setBadgeCount: vi.fn(),
    loginItem: { openAtLogin: false },
    setLoginItemSettings: vi.fn((settings: { openAtLogin: boolean }) => (app.loginItem = settings)),
    getLocale: () => 'ja-JP',
    quit: vi.fn()
  }

  const module = {
    app,
    Tray: FakeTray,
    Notification: FakeNotification,
    nativeTheme,
    Menu: { buildFromTemplate: (template: unknown) => ({ template }) },
    nativeImage: { createFromPath: (path: string) => ({ path, template: false, setTemplateImage(this: { template: boolean }, on: boolean) { this.template = on } }) },
    BrowserWindow: FakeBrowserWindow,
    shell: { openExternal: vi.fn(async () => undefined) },
    ipcMain: {
      handle: vi.fn((channel: string, listener: Listener) => ipcHandlers.set(channel, listener)),
      removeHandler: vi.fn((channel: string) => ipcHandlers.delete(channel))
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    // What the user does in the system dialog: set by each test (a folder, or cancel).
    dialog: { showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] })) },
    net: { fetch: vi.fn() }
  }
  return {
    module,
    windows,
    ipcHandlers,
    trays,
    notifications,
    setNotificationsSupported: (value: boolean) => (notificationsSupported = value)
  }
}

export type FakeElectron = ReturnType<typeof createFakeElectron>
