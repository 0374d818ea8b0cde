import { useTranslation } from '../../i18n'
import { CheckboxField } from '../../ui/fields'
import { PageHeader, Section } from '../../ui/layout'
import { SampleDataLine } from '../sample/SampleDataLine'
import { useAppInfo, useSettings, useUpdateSettings } from './queries'
import { DesktopFields, ReminderTimes } from './ReminderFields'
import { SignatureFields } from './SignatureFields'
import { BackupsSection } from '../backups/BackupsSection'
import { ExportVaultLine } from '../exports/ExportVaultLine'
import { ImportLine } from '../imports/ImportLine'
import { LanguageThemeFields } from './LanguageThemeFields'

export function SettingsScreen() {
  const { t } = useTranslation()
  const settings = useSettings()
  const info = useAppInfo()
  const update = useUpdateSettings()
  if (!settings.data) return <p className="text-muted">{t('common.loading')}</p>
  return (
    <div className="mx-auto max-w-3xl" data-testid="settings-screen">
      <PageHeader title={t('settings.title')} />
      <Section title={`${t('settings.language')} · ${t('settings.theme')}`}>
        <LanguageThemeFields settings={settings.data} />
        <div className="mt-4">
          <CheckboxField
            label={t('settings.motion')}
            hint={t('settings.motionHint')}
            checked={settings.data.motion}
            onChange={(e) => update.mutate({ motion: e.target.checked })}
          />
        </div>
      </Section>
      <Section title={t('settings.reminders')}>
        <p className="mb-3 text-sm text-muted">{t('settings.remindersHint')}</p>
        <ReminderTimes settings={settings.data} />
      </Section>
      <Section title={t('aftercare.settings.title')}>
        <p className="mb-3 text-sm text-muted">{t('aftercare.settings.hint')}</p>
        <SignatureFields settings={settings.data} />
      </Section>
      <Section title={t('settings.desktop')}>
        <DesktopFields settings={settings.data} />
      </Section>
      <Section title={t('settings.data')}>
        <p className="mb-2 text-sm text-muted">{t('settings.dataHint')}</p>
        {info.data ? (
          <dl className="text-sm">
            <dt className="text-muted">{t('settings.dataFile')}</dt>
            <dd className="break-all font-mono" data-testid="data-file">
              {info.data.databaseFile}
            </dd>
            <dd className="mt-3 text-muted">{t('settings.version', { version: info.data.version })}</dd>
          </dl>
        ) : null}
        <BackupsSection />
        <ImportLine />
        <ExportVaultLine />
        <SampleDataLine />
      </Section>
    </div>
  )
}
