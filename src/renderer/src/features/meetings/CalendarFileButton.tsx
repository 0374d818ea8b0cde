import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { Button } from '../../ui/Button'
import { errorText } from '../../ui/errors'
import { InlineStatus } from '../../ui/layout'

/** Saves text as a file through the browser's own download: no file access needed in either mode. */
function saveFile(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.click()
  // Revoked later, not at once: some engines read the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000)
}

/** "Add to calendar (.ics)": the one-on-one as a file the user opens in their own calendar. */
export function CalendarFileButton({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation()
  const [state, setState] = useState<{ pending: boolean; error: unknown }>({ pending: false, error: null })
  const download = async () => {
    setState({ pending: true, error: null })
    try {
      const file = await api.meetings.ics({ id: meetingId })
      saveFile(file.fileName, file.text)
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
