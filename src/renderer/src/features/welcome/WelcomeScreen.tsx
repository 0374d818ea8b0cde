import { useMutation } from '@tanstack/react-query'
import { useTranslation } from '../../i18n'
import type { Settings } from '../../../../shared/api/settings'
import { api } from '../../api/client'
import { resolveLanguage } from '../../i18n'
import { Button } from '../../ui/Button'
import { errorText } from '../../ui/errors'
import { InlineStatus } from '../../ui/layout'
import { ReminderTimes } from '../settings/ReminderFields'
import { LanguageThemeFields } from '../settings/LanguageThemeFields'

/** First run: language and theme, then sample data or an empty start. */
export function WelcomeScreen({ settings }: { settings: Settings }) {
  const { t } = useTranslation()
  const finish = useMutation({
    mutationFn: async (withSamples: boolean) => {
      // The sample comes in the language the user just chose, so the story reads naturally.
      if (withSamples) await api.sample.load({ language: resolveLanguage(settings.language) })
      return api.settings.update({ onboarded: true })
    }
  })
  return (
    <main className="mx-auto flex min-h-screen max-w-2xl flex-col justify-center px-8 py-12" data-testid="welcome">
      <h1 className="mb-3 text-3xl font-semibold tracking-wide">{t('welcome.title')}</h1>
      <p className="mb-2 text-lg">{t('welcome.lead')}</p>
      <p className="mb-8 text-muted">{t('welcome.method')}</p>
      <LanguageThemeFields settings={settings} />
      <h2 className="mt-8 mb-1 font-medium">{t('welcome.reminders')}</h2>
      <p className="mb-3 text-sm text-muted">{t('welcome.remindersHint')}</p>
      <ReminderTimes settings={settings} />
      <div className="mt-10 flex flex-wrap items-center gap-4">
        <Button variant="primary" onClick={() => finish.mutate(true)} disabled={finish.isPending} data-testid="welcome-sample">
          {t('welcome.sample')}
        </Button>
        <Button variant="quiet" onClick={() => finish.mutate(false)} disabled={finish.isPending} data-testid="welcome-empty">
          {t('welcome.start')}
        </Button>
      </div>
      <p className="mt-2 text-sm text-muted">{t('sample.welcomeHint')}</p>
      {finish.isError ? <InlineStatus tone="warn">{errorText(t, finish.error)}</InlineStatus> : null}
    </main>
  )
}
