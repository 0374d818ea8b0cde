import type { DockAction } from '../../shared/domain/dock-actions'
import { languageOfLocale } from '../../shared/domain/settings'
import type { TrayWords } from '../../shared/domain/reminders'

export type DesktopLanguage = 'ja' | 'en'

export interface DesktopWords extends TrayWords {
  open: string
  snoozeAll: string
  quit: string
  more: (count: number) => string
  reminderTitle: string
  reminderBody: (count: number, firstName: string) => string
  /** The system folder dialog for the Markdown export. */
  chooseVaultFolder: string
  chooseFolderButton: string
  /** The dock menu's and jump list's entries (the .desktop file has its own, in the packaging config). */
  actions: Record<DockAction, string>
}

/** The few words the main process shows itself (tray, notification, folder dialog); the window has its own (renderer/src/i18n). */
export const desktopWords: Record<DesktopLanguage, DesktopWords> = {
  en: {
    appName: 'Engawa',
    nonePending: 'nothing waiting',
    pending: (count) => (count === 1 ? '1 thank-you to send' : `${count} thank-yous to send`),
    thankItem: (name) => `Thank ${name}`,
    waitingItem: (name) => `Thank ${name} (waiting)`,
    open: 'Open Engawa',
    snoozeAll: 'Snooze all until tomorrow',
    quit: 'Quit Engawa',
    more: (count) => `${count} more in the window…`,
    reminderTitle: 'A thank-you is waiting',
    reminderBody: (count, name) => (count === 1 ? `A short note to ${name} today?` : `${name} and ${count - 1} more would be glad to hear from you.`),
    chooseVaultFolder: 'Choose a folder for the Markdown export',
    chooseFolderButton: 'Export here',
    actions: { today: 'Today', 'add-person': 'Add a person', 'plan-meeting': 'Plan a one-on-one' }
  },
  ja: {
    appName: 'Engawa',
    nonePending: '待っているものはありません',
    pending: (count) => `お礼 ${count} 件`,
    thankItem: (name) => `${name}さんにお礼`,
    waitingItem: (name) => `${name}さんにお礼（待っています）`,
    open: 'Engawa を開く',
    snoozeAll: 'すべて明日に延ばす',
    quit: 'Engawa を終了',
    more: (count) => `ほか ${count} 件はウィンドウで…`,
    reminderTitle: 'お礼のメッセージが待っています',
    reminderBody: (count, name) => (count === 1 ? `${name}さんに、今日のうちにひとこと送りませんか？` : `${name}さんほか ${count - 1} 人へのお礼が待っています。`),
    chooseVaultFolder: 'Markdown の書き出し先フォルダを選ぶ',
    chooseFolderButton: 'ここに書き出す',
    actions: { today: '今日', 'add-person': '人を追加', 'plan-meeting': '1on1 を計画する' }
  }
}

export function desktopLanguage(setting: 'system' | DesktopLanguage, systemLocale: string): DesktopLanguage {
  if (setting !== 'system') return setting
  return languageOfLocale(systemLocale)
}
