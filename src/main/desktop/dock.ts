import { app, Menu } from 'electron'
import { actionSwitch, dockActions, isDockAction, parseDockAction, type DockAction } from '../../shared/domain/dock-actions'
import type { DesktopWords } from './tray-words'

/**
 * Takes the single-instance lock, passing this launch's action along. A later launch (a jump-list
 * task, a .desktop action, a second click) reaches `onAction` in the running app with the action
 * it named, checked again here, or null for a plain launch. Returns false when another instance
 * already runs: this one should quit.
 */
export function claimSingleInstance(argv: readonly string[], onAction: (action: DockAction | null) => void): boolean {
  const action = parseDockAction(argv)
  if (!app.requestSingleInstanceLock({ action })) return false
  app.on('second-instance', (_event, commandLine, _workingDirectory, additionalData) => {
    // The second instance's own parse travels as data; its command line is the fallback, checked the same way.
    const sent = (additionalData as { action?: unknown } | null)?.action
    onAction(isDockAction(sent) ? sent : parseDockAction(commandLine))
  })
  return true
}

/**
 * The dock menu on macOS and the jump list's tasks on Windows; Linux reads its actions from the
 * .desktop file that packaging writes. No badge: counts stay in the window and the tray's menu.
 */
export function installDockActions(platform: NodeJS.Platform, words: DesktopWords, open: (action: DockAction) => void): void {
  if (platform === 'darwin') {
    app.dock?.setMenu(Menu.buildFromTemplate(dockActions.map((action) => ({ label: words.actions[action], click: () => open(action) }))))
  } else if (platform === 'win32') {
    app.setUserTasks(
      dockActions.map((action) => ({
        program: process.execPath,
        arguments: `${actionSwitch}${action}`,
        iconPath: process.execPath,
        iconIndex: 0,
        title: words.actions[action],
        description: words.actions[action]
      }))
    )
  }
}
