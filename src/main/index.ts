import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, dialog, nativeTheme, screen, session, type BrowserWindow } from 'electron'
import { pushNames } from '../shared/api/push'
import { dockActionRoutes, parseDockAction, type DockAction } from '../shared/domain/dock-actions'
import { startCore, type Core } from './core'
import { openFailureMessage } from './db/errors'
import { acquireDataDirLock } from './db/lock'
import { appUserModelId } from './desktop/app-id'
import { startBackground } from './desktop/background'
import { registerFolderPicker } from './desktop/folder-picker'
import { claimSingleInstance, installDockActions } from './desktop/dock'
import { registerAppScheme, serveAppProtocol } from './desktop/protocol'
import { desktopLanguage, desktopWords } from './desktop/tray-words'
import { appOrigin, createMainWindow, denyAllPermissions } from './desktop/window'
import { readWindowState, restoreBounds, writeWindowState } from './desktop/window-state'
import { registerIpc, sendPushEvent } from './rpc/ipc'
import { getSettings } from './services/settings/queries'
import { prepareAppShell, readPageStart } from './web/first-frame'

const here = fileURLToPath(new URL('.', import.meta.url))
let core: Core | null = null
let mainWindow: BrowserWindow | null = null
let quitting = false
// A dock or jump-list action that arrives before the window exists waits here; then the window opens at it.
let pendingAction: DockAction | null = null
let handleAction = (action: DockAction | null): void => {
  pendingAction = action ?? pendingAction
}

registerAppScheme()

function showWindow(): void {
  if (!mainWindow) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.show()
  mainWindow.focus()
}

function openWindow(dataDir: string, route = '/today'): BrowserWindow {
  const stateFile = join(dataDir, 'window-state.json')
  const displays = screen.getAllDisplays().map((display) => display.workArea)
  const window = createMainWindow({
    preloadPath: join(here, '../preload/index.cjs'),
    bounds: restoreBounds(readWindowState(stateFile), displays),
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1d1b18' : '#f7f3ea'
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
  void window.loadURL(`${appOrigin}/index.html#${route}`)
  return window
}

async function start(): Promise<void> {
  await app.whenReady()
  const dataDir = process.env.ENGAWA_DATA_DIR ?? app.getPath('userData')
  try {
    // Taken before opening: while the app runs, the command-line tools refuse this folder.
    mkdirSync(dataDir, { recursive: true })
    acquireDataDirLock(dataDir, 'desktop')
    core = startCore({
      dataDir,
      version: app.getVersion(),
      nativeBinding: process.env.ENGAWA_NATIVE_BINDING,
      checkIntegrityAtStart: true,
      integrityCheckDelayMs: 1500,
      // Outside the data folder, only what the user chose in the system's folder dialog.
      pathAccess: 'chosen'
    })
  } catch (error) {
    dialog.showErrorBox('Engawa could not open your data', openFailureMessage(error, dataDir))
    app.exit(1)
    return
  }
  const opened = core
  denyAllPermissions(session.defaultSession)
  // The page is served with its shell drawn (web/app-shell.ts): the renderer that draws it loads
  // while the window is made. The language for "system" is the one the renderer will read.
  void prepareAppShell().catch((error: unknown) => console.warn('Engawa will serve its page without the shell drawn:', error))
  serveAppProtocol(join(here, '../renderer'), (accept) => readPageStart(opened.dispatch, accept ?? app.getLocale()))
  registerIpc(opened.dispatch)
  registerFolderPicker({
    allow: (folder) => opened.ctx.paths.allow(folder),
    words: () => desktopWords[desktopLanguage(getSettings(opened.ctx).language, app.getLocale())]
  })
  for (const name of pushNames) {
    opened.push.on(name, (payload: unknown) => mainWindow && sendPushEvent(mainWindow.webContents, name, payload))
  }
  mainWindow = openWindow(dataDir, pendingAction ? dockActionRoutes[pendingAction] : undefined)
  const reveal = () => {
    if (!mainWindow) mainWindow = openWindow(dataDir)
    showWindow()
  }
  handleAction = (action) => {
    if (!mainWindow) mainWindow = openWindow(dataDir, action ? dockActionRoutes[action] : undefined)
    else if (action) sendPushEvent(mainWindow.webContents, 'app.open', { action })
    showWindow()
  }
  const showFollowup = (id: string) => {
    // A window made just now has no renderer listening yet: open it at the follow-up instead.
    if (!mainWindow) mainWindow = openWindow(dataDir, `/followups/${id}`)
    else sendPushEvent(mainWindow.webContents, 'followups.open', { id })
    showWindow()
  }
  const background = startBackground({
    core: opened,
    trayIcons: trayIcons(),
    reveal,
    showFollowup
  })
  const words = desktopWords[desktopLanguage(getSettings(opened.ctx).language, app.getLocale())]
  installDockActions(process.platform, words, (action) => handleAction(action))
  // The desktop smoke test (tests/desktop) waits for this line, never for a timer.
  if (process.env.ENGAWA_READY_SIGNAL === '1') {
    mainWindow.webContents.once('did-finish-load', () => console.log(`engawa:ready ${JSON.stringify({ tray: background.trayShown() })}`))
  }
  app.on('activate', reveal)
  app.on('before-quit', () => {
    quitting = true
    background.stop()
  })
}

/** Packaged, the tray's PNGs sit beside app.asar (extraResources); in development, in resources/. */
function trayIcons() {
  const dir = app.isPackaged ? join(process.resourcesPath, 'tray') : join(here, '../../resources/tray')
  return { template: join(dir, 'trayTemplate.png'), onLight: join(dir, 'tray-on-light.png'), onDark: join(dir, 'tray-on-dark.png') }
}

if (!claimSingleInstance(process.argv, (action) => handleAction(action))) {
  app.quit()
} else {
  pendingAction = parseDockAction(process.argv)
  if (process.platform === 'win32') app.setAppUserModelId(appUserModelId)
  // With close-to-tray off, closing the last window quits (except on macOS, by convention).
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('will-quit', () => core?.close())
  void start()
}
