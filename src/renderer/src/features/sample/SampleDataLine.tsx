import { useState } from 'react'
import { useTranslation } from '../../i18n'
import { Button } from '../../ui/Button'
import { errorText } from '../../ui/errors'
import { InlineStatus } from '../../ui/layout'
import { useRemoveSample, useSampleStatus } from './queries'

/**
 * Settings → Your data: one quiet line while the sample is there, with a single text button and
 * an inline confirmation. Once removed, the push refresh drops the line: nothing else to dismiss.
 */
export function SampleDataLine() {
  const { t } = useTranslation()
  const status = useSampleStatus()
  const remove = useRemoveSample()
  const [confirming, setConfirming] = useState(false)
  if (!status.data?.present) return null
  return (
    <div className="mt-4 text-sm" data-testid="sample-data">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <span className="text-muted">{t('sample.title')}</span>
        <span>{t('sample.people', { count: status.data.people })}</span>
        {confirming ? null : (
          <Button variant="quiet" onClick={() => setConfirming(true)} data-testid="sample-remove">
            {t('sample.remove')}
          </Button>
        )}
      </div>
      {confirming ? (
        <div className="mt-2 flex flex-wrap items-center gap-3 rounded-md bg-sunken px-4 py-3">
          <p>{t('sample.confirm')}</p>
          <Button onClick={() => remove.mutate(undefined, { onSuccess: () => setConfirming(false) })} disabled={remove.isPending} data-testid="sample-remove-confirm">
            {t('sample.confirmYes')}
          </Button>
          <Button variant="quiet" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </Button>
        </div>
      ) : null}
      {remove.isError ? <InlineStatus tone="warn">{errorText(t, remove.error)}</InlineStatus> : null}
    </div>
  )
}
