import { navigate } from 'wouter/use-hash-location'
import type { SearchHit } from '../../../../shared/api/search'
import { noteSections, type NoteSection } from '../../../../shared/domain/meetings'
import { revealAndFocus, revealAndMark, whenShown } from './reveal'

const isNoteSection = (section: string | null): section is NoteSection => noteSections.includes(section as NoteSection)

/**
 * Opens a hit at the place that matched: the note on the timeline, the meeting's section, the
 * topic, the resource in the library (marked); an event, a community or a work on its own page.
 */
export function openHit(hit: SearchHit): void {
  if (hit.kind === 'person') return navigate(`/people/${hit.id}`)
  if (hit.kind === 'event') return navigate(`/events/${hit.id}`)
  if (hit.kind === 'community') return navigate(`/online/communities/${hit.id}`)
  if (hit.kind === 'work') return navigate(`/online/works/${hit.id}`)
  if (hit.kind === 'resource') {
    navigate('/resources')
    return whenShown(`[data-resource-id="${hit.id}"]`, revealAndMark)
  }
  if (hit.kind === 'interaction') {
    navigate(`/people/${hit.personId ?? ''}`)
    return whenShown(`[data-interaction-id="${hit.id}"]`, revealAndFocus)
  }
  if (hit.kind === 'topic') {
    navigate('/topics')
    return whenShown(`[data-topic-id="${hit.id}"]`, revealAndFocus)
  }
  navigate(`/meetings/${hit.id}`)
  if (isNoteSection(hit.section)) whenShown(`#note-${hit.section}`, revealAndFocus)
  else if (hit.section === 'questions') whenShown('[data-testid="meeting-questions"]', revealAndFocus)
}

/** "Log a touchpoint" for a person: their page, with the logger opened by its own button. */
export function openTouchpointLogger(personId: string): void {
  navigate(`/people/${personId}`)
  whenShown('[data-testid="touchpoint-open"]', (button) => button.click())
}

/** Export lives in Settings, under "Your data". */
export function openExport(): void {
  navigate('/settings')
  whenShown('[data-testid="export-vault"]', revealAndFocus)
}
