import { app } from 'electron'
import type { Core } from '../core'
import { snoozeAllThankYous } from '../services/followups/mutations'
import { getSettings } from '../services/settings'
import { showReminder } from './notifications'
import { startReminders } from './reminders'
import { createTray } from './tray'

export interface BackgroundOptions {
  core: Core
  trayIconPath: string
  /** Brings the window forward, creating it if it was closed. */
  reveal(): void
  /** Shows one follow-up in the window. */
  showFollowup(id: string): void
}

/** What keeps running while the window is hidden: the tray, the daily reminder, launch at login. */
export function startBackground({ core, trayIconPath, reveal, showFollowup }: BackgroundOptions): () => void {
  const tray = createTray(trayIconPath, {
    openWindow: reveal,
    openFollowup: showFollowup,
    snoozeAll: () => snoozeAllThankYous(core.ctx),
    quit: () => app.quit()
  })
  const stopReminders = startReminders({
    core,
    tray,
    notify: showReminder,
    systemLocale: () => app.getLocale(),
    openThankYou: showFollowup
  })
  const applyLoginItem = () => app.setLoginItemSettings({ openAtLogin: getSettings(core.ctx).launchAtLogin })
  applyLoginItem()
  core.events.on('settings.changed', applyLoginItem)
  return () => {
    core.events.off('settings.changed', applyLoginItem)
    stopReminders()
    tray.destroy()
  }
}
