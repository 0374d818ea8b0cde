import { useCallback, useEffect, useRef, useState } from 'react'
import type { NoteSection } from '../../../../shared/domain/meetings'
import { api } from '../../api/client'

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed'

const draftKey = (meetingId: string, section: NoteSection) => `engawa.notes.${meetingId}.${section}`
const debounceMs = 400
// Saves on their way to the database, so a reader of the notes can wait for what was just typed.
const inFlight = new Set<Promise<unknown>>()

/** Resolves once every note save already started has ended (blur starts one before a click lands). */
export async function notesSaved(): Promise<void> {
  await Promise.allSettled([...inFlight])
}

/**
 * Notes that cannot be lost: every keystroke goes to localStorage at once (it survives a crash or a
 * closed window), and to the database shortly after typing pauses, on blur and when the page hides.
 * A draft left behind by an interrupted session is restored and saved on the next visit.
 */
export function useAutosave(meetingId: string, section: NoteSection, saved: string) {
  const key = draftKey(meetingId, section)
  const [text, setText] = useState(() => localStorage.getItem(key) ?? saved)
  const [state, setState] = useState<SaveState>('idle')
  const latest = useRef(text)
  const persisted = useRef(saved)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    const value = latest.current
    if (value === persisted.current) return
    setState('saving')
    try {
      const saving = api.meetings.saveNotes({ id: meetingId, section, text: value })
      inFlight.add(saving)
      await saving.finally(() => inFlight.delete(saving))
      persisted.current = value
      // Only drop the local copy if nothing new was typed while saving.
      if (latest.current === value) localStorage.removeItem(key)
      setState('saved')
    } catch {
      setState('failed')
    }
  }, [key, meetingId, section])

  const change = (value: string) => {
    latest.current = value
    setText(value)
    localStorage.setItem(key, value)
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(() => void flush(), debounceMs)
  }

  useEffect(() => {
    // A draft from an interrupted session differs from what the database has: save it now.
    if (latest.current !== persisted.current) void flush()
    const onHide = () => document.visibilityState === 'hidden' && void flush()
    document.addEventListener('visibilitychange', onHide)
    window.addEventListener('pagehide', flush)
    return () => {
      document.removeEventListener('visibilitychange', onHide)
      window.removeEventListener('pagehide', flush)
      void flush()
    }
  }, [flush])

  return { text, change, flush, state }
}
