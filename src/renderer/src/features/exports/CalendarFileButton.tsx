import { useState } from 'react'
import { useTranslation } from '../../i18n'
import { Button } from '../../ui/Button'
import { errorText } from '../../ui/errors'
import { InlineStatus } from '../../ui/layout'
import { saveTextFile } from '../../ui/save-file'

/**
 * "Add to calendar (.ics)": a one-on-one or an event as a file the user opens in their own
 * calendar. `load` asks main for the file, so the UID and times are written in one place.
 */
export function CalendarFileButton({ load, testId }: { load: () => Promise<{ fileName: string; text: string }>; testId: string }) {
  const { t } = useTranslation()
  const [state, setState] = useState<{ pending: boolean; error: unknown }>({ pending: false, error: null })
  const download = async () => {
    setState({ pending: true, error: null })
    try {
      const file = await load()
      saveTextFile(file.fileName, file.text, 'text/calendar')
      setState({ pending: false, error: null })
    } catch (error) {
      setState({ pending: false, error })
    }
  }
  return (
    <>
      <Button variant="quiet" disabled={state.pending} onClick={() => void download()} data-testid={testId}>
        {t('ics.add')}
      </Button>
      {state.error ? <InlineStatus tone="warn">{errorText(t, state.error)}</InlineStatus> : null}
    </>
  )
}
