import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { Button } from '../../ui/Button'
import { errorText } from '../../ui/errors'
import { InlineStatus } from '../../ui/layout'
import { saveTextFile } from '../../ui/save-file'

/** "Add to calendar (.ics)": the one-on-one as a file the user opens in their own calendar. */
export function CalendarFileButton({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation()
  const [state, setState] = useState<{ pending: boolean; error: unknown }>({ pending: false, error: null })
  const download = async () => {
    setState({ pending: true, error: null })
    try {
      const file = await api.meetings.ics({ id: meetingId })
      saveTextFile(file.fileName, file.text, 'text/calendar')
      setState({ pending: false, error: null })
    } catch (error) {
      setState({ pending: false, error })
    }
  }
  return (
    <>
      <Button variant="quiet" disabled={state.pending} onClick={() => void download()} data-testid="meeting-ics">
        {t('ics.add')}
      </Button>
      {state.error ? <InlineStatus tone="warn">{errorText(t, state.error)}</InlineStatus> : null}
    </>
  )
}
