import { useEffect, useState } from 'react'
import { type TFunction, useTranslation } from '../../i18n'
import type { MarkdownFile } from '../../../../shared/api/exports'
import { api } from '../../api/client'
import { Button } from '../../ui/Button'
import { errorText } from '../../ui/errors'
import { InlineStatus } from '../../ui/layout'
import { saveTextFile } from '../../ui/save-file'

// An event's page is its prep sheet, written by the events area (it joins the vault the same way).
const loaders = {
  person: api.exports.personMarkdown,
  meeting: api.exports.meetingMarkdown,
  event: api.events.sheetMarkdown
} as const

type State = { step: 'idle' | 'working' | 'copied' } | { step: 'failed'; error: unknown }

// Long enough to read, short enough to be gone before the next action.
const copiedShownMs = 2500

/**
 * "Copy as Markdown" and "Save as Markdown file" for one person, one-on-one or event prep sheet:
 * the page the vault export writes for it, in the UI's language, with its wiki links as they are in the vault.
 * `beforeRead` waits for what the page is still saving (a one-on-one's notes typed just now).
 */
export function MarkdownFileButtons({ kind, id, beforeRead }: { kind: 'person' | 'meeting' | 'event'; id: string; beforeRead?: () => Promise<void> }) {
  const { t, i18n } = useTranslation()
  const [state, setState] = useState<State>({ step: 'idle' })
  const language = i18n.language
  useEffect(() => {
    if (state.step !== 'copied') return
    const timer = setTimeout(() => setState({ step: 'idle' }), copiedShownMs)
    return () => clearTimeout(timer)
  }, [state.step])

  const run = async (use: (file: MarkdownFile) => Promise<void> | void) => {
    setState({ step: 'working' })
    try {
      await beforeRead?.()
      const file = await loaders[kind]({ id, language })
      await use(file)
      return true
    } catch (error) {
      setState({ step: 'failed', error })
      return false
    }
  }
  const copy = async () => {
    if (await run((file) => navigator.clipboard.writeText(file.text))) setState({ step: 'copied' })
  }
  const save = async () => {
    if (await run((file) => saveTextFile(file.fileName, file.text, 'text/markdown'))) setState({ step: 'idle' })
  }
  return (
    <>
      <Button variant="quiet" disabled={state.step === 'working'} onClick={() => void copy()} data-testid="markdown-copy">
        {t('markdownFile.copy')}
      </Button>
      <Button variant="quiet" disabled={state.step === 'working'} onClick={() => void save()} data-testid="markdown-save">
        {t('markdownFile.save')}
      </Button>
      <span data-testid="markdown-status">
        {state.step === 'copied' ? <InlineStatus tone="done">{t('markdownFile.copied')}</InlineStatus> : null}
        {state.step === 'failed' ? <InlineStatus tone="warn">{copyFailure(t, state.error)}</InlineStatus> : null}
      </span>
    </>
  )
}


// A refused clipboard is a DOMException, not a failed call: say so rather than "something went wrong".
const copyFailure = (t: TFunction, error: unknown): string => (error instanceof DOMException ? t('markdownFile.clipboardRefused') : errorText(t, error))
