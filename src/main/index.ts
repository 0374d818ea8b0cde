import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, dialog, nativeTheme, screen, session, type BrowserWindow } from 'electron'
import { pushEventNames } from '../shared/api/events'
import { startCore, type Core } from './core'
import { DatabaseTooNewError } from './db/open'
import { showReminder } from './desktop/notifications'
import { registerAppScheme, serveAppProtocol } from './desktop/protocol'
import { startReminders } from './desktop/reminders'
import { createTray } from './desktop/tray'
import { appOrigin, createMainWindow, denyAllPermissions } from './desktop/window'
import { readWindowState, restoreBounds, writeWindowState } from './desktop/window-state'
import { registerIpc, sendPushEvent } from './rpc/ipc'
import { snoozeAllThankYous } from './services/followups/mutations'
import { getSettings } from './services/settings'

const here = fileURLToPath(new URL('.', import.meta.url))
let core: Core | null = null
let mainWindow: BrowserWindow | null = null
let quitting = false

registerAppScheme()

function showWindow(): void {
  if (!mainWindow) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.show()
  mainWindow.focus()
}

function openWindow(dataDir: string): BrowserWindow {
  const stateFile = join(dataDir, 'window-state.json')
  const displays = screen.getAllDisplays().map((display) => display.workArea)
  const window = createMainWindow({
    preloadPath: join(here, '../preload/index.cjs'),
    bounds: restoreBounds(readWindowState(stateFile), displays),
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1f1d1a' : '#f7f3ea'
  })
  window.on('close', (event) => {
    writeWindowState(stateFile, window.getNormalBounds())
    // Closing keeps Engawa in the tray (unless the user turned that off); Quit is in the tray menu.
    if (!quitting && core && getSettings(core.ctx).closeToTray) {
      event.preventDefault()
      window.hide()
    }
  })
  window.on('closed', () => (mainWindow = null))
  void window.loadURL(`${appOrigin}/index.html`)
  return window
}

async function start(): Promise<void> {
  await app.whenReady()
  const dataDir = process.env.ENGAWA_DATA_DIR ?? app.getPath('userData')
  try {
    core = startCore({ dataDir, version: app.getVersion(), nativeBinding: process.env.ENGAWA_NATIVE_BINDING })
  } catch (error) {
    const detail = error instanceof DatabaseTooNewError ? error.message : String(error)
    dialog.showErrorBox('Engawa could not open your data', `${detail}\n\n${dataDir}`)
    app.exit(1)
    return
  }
  const opened = core
  denyAllPermissions(session.defaultSession)
  serveAppProtocol(join(here, '../renderer'))
  registerIpc(opened.dispatch)
  for (const name of pushEventNames) {
    opened.events.on(name, (payload: unknown) => mainWindow && sendPushEvent(mainWindow.webContents, name, payload))
  }
  mainWindow = openWindow(dataDir)
  const reveal = () => {
    if (!mainWindow) mainWindow = openWindow(dataDir)
    showWindow()
  }
  const tray = createTray(join(here, '../../resources/tray/trayTemplate.png'), {
    openWindow: reveal,
    openFollowup: (id) => {
      reveal()
      if (mainWindow) sendPushEvent(mainWindow.webContents, 'followups.open', { id })
    },
    snoozeAll: () => snoozeAllThankYous(opened.ctx),
    quit: () => app.quit()
  })
  const stopReminders = startReminders({
    core: opened,
    tray,
    notify: showReminder,
    systemLocale: () => app.getLocale(),
    openThankYous: () => {
      reveal()
      if (mainWindow) void mainWindow.loadURL(`${appOrigin}/index.html#/followups`)
    }
  })
  const applyLoginItem = () => app.setLoginItemSettings({ openAtLogin: getSettings(opened.ctx).launchAtLogin })
  applyLoginItem()
  opened.events.on('settings.changed', applyLoginItem)
  app.on('activate', reveal)
  app.on('before-quit', () => {
    quitting = true
    stopReminders()
    tray.destroy()
  })
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', showWindow)
  // With close-to-tray off, closing the last window quits (except on macOS, by convention).
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('will-quit', () => core?.close())
  void start()
}
