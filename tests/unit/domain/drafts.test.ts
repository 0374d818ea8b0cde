import { describe, expect, it } from 'vitest'
import { invitationDraft, languageFor, pickSpecifics, thankYouDraft } from '../../../src/shared/domain/drafts'
import { noteLines, prepState, stageAfterMeeting } from '../../../src/shared/domain/meetings'
import { suggestQuestions } from '../../../src/shared/domain/questions'

const tanaka = { familyName: '田中', givenName: '太郎', nameOrder: 'auto' as const, preferredLanguage: null }
const alex = { familyName: 'Kim', givenName: 'Alex', nameOrder: 'auto' as const, preferredLanguage: null }
const emptyNotes = { caresAbout: '', theirChallenges: '', sharedInterests: '', helpEachOther: '', myPromises: '', freeNotes: '' }

describe('drafts', () => {
  it('writes in the person’s language, else by the script of their name', async () => {
    expect(languageFor(tanaka)).toBe('ja')
    expect(languageFor(alex)).toBe('en')
    expect(languageFor({ ...alex, preferredLanguage: 'ja' })).toBe('ja')
  })

  it('invites with the purpose, the format and the time', async () => {
    const ja = invitationDraft({ person: tanaka, language: 'ja', purpose: 'SLO の決め方', format: 'coffee', when: '12月3日 15:00' })
    expect(ja).toContain('田中さん')
    expect(ja).toContain('SLO の決め方について')
    expect(ja).toContain('12月3日 15:00ごろ')
    const en = invitationDraft({ person: alex, language: 'en', purpose: 'your SLO work', format: 'call', when: '' })
    expect(en).toMatch(/^Hi Alex,/)
    expect(en).toContain('a short call sometime soon')
  })

  it('quotes one or two specifics from the notes, and the promises', async () => {
    const notes = { ...emptyNotes, caresAbout: '- 疲れないオンコール。\n- 登山', sharedInterests: '* **Rust**', myPromises: '1. 資料を送る', freeNotes: 'private thought' }
    expect(pickSpecifics(notes)).toEqual(['疲れないオンコール', 'Rust'])
    const draft = thankYouDraft(tanaka, 'ja', notes)
    expect(draft).toContain('「疲れないオンコール」')
    expect(draft).toContain('「Rust」')
    expect(draft).toContain('「資料を送る」')
    expect(thankYouDraft(alex, 'en', emptyNotes)).toBe('Hi Alex,\n\nThank you for taking the time to talk today.\n\nLooking forward to staying in touch,')
  })
})

describe('meeting rules', () => {
  it('moves the stage forward after a meeting', async () => {
    expect(stageAfterMeeting('discovered')).toBe('met')
    expect(stageAfterMeeting('meeting_proposed')).toBe('met')
    expect(stageAfterMeeting('met')).toBe('ongoing')
    expect(stageAfterMeeting('ongoing')).toBe('ongoing')
  })

  it('tells how far preparation is', async () => {
    expect(prepState({ purpose: '', startsAt: null, questions: [] })).toBe('not_started')
    expect(prepState({ purpose: 'x', startsAt: null, questions: [] })).toBe('in_progress')
    expect(prepState({ purpose: 'x', startsAt: '2026-01-01T00:00:00Z', questions: [{}] })).toBe('ready')
  })

  it('reads note lines without list markers', async () => {
    expect(noteLines('- a\n* b\n・c\n2) d\n\n  e  \n**bold** start')).toEqual(['a', 'b', 'c', 'd', 'e', '**bold** start'])
  })

  it('suggests no question twice', async () => {
    const questions = suggestQuestions({ interests: ['Rust', 'Rust'], challenges: [] }, [], 'en')
    expect(questions).toHaveLength(1)
  })
})
