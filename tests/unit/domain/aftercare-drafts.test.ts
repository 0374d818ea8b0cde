import { describe, expect, it } from 'vitest'
import { congratulationDraft, lastTopic, reconnectDraft } from '../../../src/shared/domain/aftercare-drafts'

const tanaka = { familyName: '田中', givenName: '一郎', nameOrder: 'auto' as const }
const alex = { familyName: 'Kim', givenName: 'Alex', nameOrder: 'auto' as const }

describe('aftercare drafts', () => {
  it('recalls the first note line of the last conversation, else its title', () => {
    expect(lastTopic({ summary: 'Coffee', body: '- **Rust** at work\n- hiring' })).toBe('Rust at work')
    expect(lastTopic({ summary: 'SRE NEXT 2026', body: '' })).toBe('SRE NEXT 2026')
    expect(lastTopic(null)).toBe('')
  })

  it('writes a reconnect note in their language that names the topic, or a plain one without', () => {
    expect(reconnectDraft(tanaka, 'ja', 'オンコールの負担')).toContain('前回お話しした「オンコールの負担」のこと')
    expect(reconnectDraft(tanaka, 'ja', '').startsWith('田中さん\n\nご無沙汰しております。')).toBe(true)
    expect(reconnectDraft(alex, 'en', 'on-call load')).toContain('our last conversation (“on-call load”)')
  })

  it('congratulates by kind, with the years of a work anniversary and the note of a job change', () => {
    expect(congratulationDraft(tanaka, 'ja', { kind: 'work_anniversary', note: '', years: 10 })).toContain('勤続10年、おめでとうございます。')
    expect(congratulationDraft(alex, 'en', { kind: 'work_anniversary', note: '', years: 1 })).toContain('1 year there')
    expect(congratulationDraft(alex, 'en', { kind: 'job_change', note: 'Joined Mercari.', years: null })).toContain('new role (Joined Mercari)')
    expect(congratulationDraft(tanaka, 'ja', { kind: 'birthday', note: '', years: null })).toContain('お誕生日おめでとうございます。')
  })
})
