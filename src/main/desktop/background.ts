import { app } from 'electron'
import type { Core } from '../core'
import { startAutomaticBackups } from '../services/backups/schedule'
import { getSettings } from '../services/settings/queries'
import { showReminder } from './notifications'
import { startReminders } from './reminders'
import { createTray, type TrayIcons } from './tray'

export interface BackgroundOptions {
  core: Core
  trayIcons: TrayIcons
  /** Brings the window forward, creating it if it was closed. */
  reveal(): void
  /** Shows one follow-up in the window. */
  showFollowup(id: string): void
}

export interface Background {
  stop(): void
  trayShown(): boolean
}

/** What keeps running while the window is hidden: the tray, the daily reminder, launch at login. */
export function startBackground({ core, trayIcons, reveal, showFollowup }: BackgroundOptions): Background {
  const tray = createTray(trayIcons, {
    openWindow: reveal,
    openFollowup: showFollowup,
    // Through dispatch like any write, so every window and the tray hear of it.
    snoozeAll: () => void core.dispatch('followups.snoozeAllThankYous', {}),
    quit: () => app.quit()
  })
  const stopReminders = startReminders({
    core,
    tray,
    notify: showReminder,
    systemLocale: () => app.getLocale(),
    openThankYou: showFollowup,
    daily: () => void core.dispatch('aftercare.daily', {})
  })
  const stopAutoBackups = startAutomaticBackups(core)
  const applyLoginItem = () => app.setLoginItemSettings({ openAtLogin: getSettings(core.ctx).launchAtLogin })
  applyLoginItem()
  const onChanged = ({ areas }: { areas: string[] }) => {
    if (areas.includes('settings')) applyLoginItem()
  }
  core.push.on('changed', onChanged)
  return {
    stop: () => {
      core.push.off('changed', onChanged)
      stopReminders()
      stopAutoBackups()
      tray.destroy()
    },
    trayShown: () => tray.shown()
  }
}
