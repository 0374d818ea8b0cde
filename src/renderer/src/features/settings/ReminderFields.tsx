import { useTranslation } from '../../i18n'
import type { Settings } from '../../../../shared/api/settings'
import { errorText } from '../../ui/errors'
import { CheckboxField, TextField } from '../../ui/fields'
import { InlineStatus } from '../../ui/layout'
import { useUpdateSettings } from './queries'

/** When the one daily reminder may come, and when it never will. */
export function ReminderTimes({ settings }: { settings: Settings }) {
  const { t } = useTranslation()
  const update = useUpdateSettings()
  const save = (patch: Partial<Settings>) => update.mutate(patch)
  return (
    <div className="grid gap-4 sm:grid-cols-3">
      <TextField label={t('settings.reminderTime')} type="time" value={settings.reminderTime} onChange={(e) => e.target.value && save({ reminderTime: e.target.value })} testId="setting-reminder-time" />
      <TextField label={t('settings.quietStart')} type="time" value={settings.quietHours.start} onChange={(e) => e.target.value && save({ quietHours: { ...settings.quietHours, start: e.target.value } })} testId="setting-quiet-start" />
      <TextField label={t('settings.quietEnd')} type="time" value={settings.quietHours.end} onChange={(e) => e.target.value && save({ quietHours: { ...settings.quietHours, end: e.target.value } })} testId="setting-quiet-end" />
      {update.isError ? <InlineStatus tone="warn">{errorText(t, update.error)}</InlineStatus> : null}
    </div>
  )
}

export function DesktopFields({ settings }: { settings: Settings }) {
  const { t } = useTranslation()
  const update = useUpdateSettings()
  return (
    <div className="flex flex-col gap-3">
      <CheckboxField label={t('settings.closeToTray')} hint={t('settings.closeToTrayHint')} checked={settings.closeToTray} onChange={(e) => update.mutate({ closeToTray: e.target.checked })} testId="setting-close-to-tray" />
      <CheckboxField label={t('settings.launchAtLogin')} checked={settings.launchAtLogin} onChange={(e) => update.mutate({ launchAtLogin: e.target.checked })} testId="setting-launch-at-login" />
    </div>
  )
}
