import { BrowserWindow, shell, type Session, type WebContents, type WebPreferences } from 'electron'
import { isAllowedExternalUrl } from '../../shared/domain/links'
import type { WindowBounds } from './window-state'

export { isAllowedExternalUrl }

export const appOrigin = 'app://engawa'

/** The security baseline in one place; unit-tested so a careless edit cannot loosen it. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true
  }
}

/** The window never navigates away from the app and never opens another Electron window. */
export function applyNavigationGuards(contents: WebContents, openExternal = shell.openExternal): void {
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${appOrigin}/`)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) void openExternal(url)
    return { action: 'deny' }
  })
}

// Writing plain text to the clipboard ("Copy as Markdown" after a click); reading it stays denied.
const grantedPermissions: ReadonlySet<string> = new Set(['clipboard-sanitized-write'])

/** No camera, microphone, notifications prompt, geolocation, clipboard reads…: only a clipboard write is granted. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(grantedPermissions.has(permission)))
  session.setPermissionCheckHandler((_contents, permission) => grantedPermissions.has(permission))
}

export interface MainWindowOptions {
  preloadPath: string
  bounds: WindowBounds
  backgroundColor: string
  iconPath?: string
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    ...options.bounds,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Engawa',
    backgroundColor: options.backgroundColor,
    autoHideMenuBar: true,
    ...(options.iconPath ? { icon: options.iconPath } : {}),
    webPreferences: secureWebPreferences(options.preloadPath)
  })
  applyNavigationGuards(window.webContents)
  window.once('ready-to-show', () => window.show())
  return window
}
