import { useTranslation } from '../../i18n'
import type { Settings } from '../../../../shared/api/settings'
import { errorText } from '../../ui/errors'
import { SelectField } from '../../ui/fields'
import { InlineStatus } from '../../ui/layout'
import { useUpdateSettings } from './queries'

// Its own file: the welcome screen shows these two fields without pulling the whole settings screen
// (backups, export, import) into the bundle every start loads.
export function LanguageThemeFields({ settings }: { settings: Settings }) {
  const { t } = useTranslation()
  const update = useUpdateSettings()
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <SelectField
        label={t('settings.language')}
        value={settings.language}
        onChange={(e) => update.mutate({ language: e.target.value as Settings['language'] })}
        options={[
          { value: 'system', label: t('settings.languageSystem') },
          { value: 'ja', label: '日本語' },
          { value: 'en', label: 'English' }
        ]}
        testId="setting-language"
      />
      <SelectField
        label={t('settings.theme')}
        value={settings.theme}
        onChange={(e) => update.mutate({ theme: e.target.value as Settings['theme'] })}
        options={[
          { value: 'system', label: t('settings.themeSystem') },
          { value: 'light', label: t('settings.themeLight') },
          { value: 'dark', label: t('settings.themeDark') }
        ]}
        testId="setting-theme"
      />
      {update.isError ? <InlineStatus tone="warn">{errorText(t, update.error)}</InlineStatus> : null}
    </div>
  )
}
