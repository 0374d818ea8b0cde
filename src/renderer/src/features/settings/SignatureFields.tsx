import { useState } from 'react'
import { useTranslation } from '../../i18n'
import type { Settings } from '../../../../shared/api/settings'
import { limits } from '../../../../shared/domain/limits'
import { errorText } from '../../ui/errors'
import { SelectField, TextArea, TextField } from '../../ui/fields'
import { InlineStatus } from '../../ui/layout'
import { useUpdateSettings } from './queries'

const perDayChoices = [0, 1, 2, 3, 4, 5]

/** The user's name and a signature per language; saved when a field is left, not as they type. */
export function SignatureFields({ settings }: { settings: Settings }) {
  const { t } = useTranslation()
  const update = useUpdateSettings()
  const [name, setName] = useState(settings.userName)
  const [ja, setJa] = useState(settings.signatures.ja)
  const [en, setEn] = useState(settings.signatures.en)
  const saveSignatures = () => {
    if (ja !== settings.signatures.ja || en !== settings.signatures.en) update.mutate({ signatures: { ja, en } })
  }
  return (
    <div className="flex flex-col gap-4">
      <TextField
        label={t('aftercare.settings.userName')}
        value={name}
        maxLength={limits.shortText}
        onChange={(e) => setName(e.target.value)}
        onBlur={() => name !== settings.userName && update.mutate({ userName: name })}
        testId="setting-user-name"
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextArea label={t('aftercare.settings.signatureJa')} value={ja} rows={3} maxLength={limits.mediumText} onChange={(e) => setJa(e.target.value)} onBlur={saveSignatures} testId="setting-signature-ja" />
        <TextArea label={t('aftercare.settings.signatureEn')} value={en} rows={3} maxLength={limits.mediumText} onChange={(e) => setEn(e.target.value)} onBlur={saveSignatures} testId="setting-signature-en" />
      </div>
      <div className="sm:w-72">
        <SelectField
          label={t('aftercare.settings.perDay')}
          hint={t('aftercare.settings.perDayHint')}
          value={String(settings.reconnectsPerDay)}
          onChange={(e) => update.mutate({ reconnectsPerDay: Number(e.target.value) })}
          options={perDayChoices.map((value) => ({ value: String(value), label: value === 0 ? t('aftercare.settings.perDayNone') : String(value) }))}
          testId="setting-reconnects-per-day"
        />
      </div>
      {update.isError ? <InlineStatus tone="warn">{errorText(t, update.error)}</InlineStatus> : update.isSuccess ? <InlineStatus tone="done">{t('common.saved')}</InlineStatus> : null}
    </div>
  )
}
