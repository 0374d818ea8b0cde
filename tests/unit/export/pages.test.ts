import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { followupsPage } from '../../../src/main/export/list-pages'
import { meetingPage } from '../../../src/main/export/meeting-page'
import { personFrontMatter, personPage } from '../../../src/main/export/person-page'
import { withOffset } from '../../../src/main/export/text'
import type { VaultMeeting, VaultPerson, VaultStyle } from '../../../src/main/export/types'
import { vaultWords } from '../../../src/main/export/words'

const style = (language: 'ja' | 'en'): VaultStyle => ({ language, words: vaultWords[language], timeZone: 'Asia/Tokyo' })
const frontMatter = (text: string): unknown => parse(/^---\n([\s\S]*?)\n---\n/u.exec(text)?.[1] ?? '')

const person = (patch: Partial<VaultPerson> = {}): VaultPerson => ({
  id: 'p1',
  familyName: '田中',
  givenName: '太郎',
  familyNameKana: 'たなか',
  givenNameKana: 'たろう',
  nameOrder: 'auto',
  headline: 'SRE',
  company: 'Lumen',
  department: '',
  email: 'taro@example.com',
  links: { github: 'https://github.com/taro' },
  expertise: ['Kubernetes'],
  interests: [],
  challenges: [],
  metHow: '',
  metWhere: '',
  metOn: null,
  stage: 'met',
  cadenceDays: 30,
  mourningYear: null,
  greetings: null,
  postalAddress: '',
  preferredChannel: null,
  preferredLanguage: null,
  notes: '',
  tags: ['SRE'],
  milestones: [{ kind: 'birthday', date: '1990-04-01', note: '' }],
  lastContactAt: '2026-11-20T01:00:00.000Z',
  nextContactOn: '2026-12-20',
  ...patch
})

describe('vault pages', () => {
  it('writes front matter that parses back to the same values, whatever the names hold', async () => {
    const awkward = fc.string({ unit: 'grapheme', maxLength: 40 })
    fc.assert(
      fc.property(awkward, awkward, awkward, fc.array(awkward, { maxLength: 3 }), (familyName, givenName, company, tags) => {
        const p = person({ familyName, givenName, company, tags })
        const text = personPage(p, [], [], style('en'))
        expect(frontMatter(text)).toEqual(personFrontMatter(p))
      }),
      { numRuns: 300 }
    )
    const p = person({ familyName: 'a: "b" #c\n---\nd', givenName: "'x'" })
    expect(frontMatter(personPage(p, [], [], style('ja')))).toEqual(personFrontMatter(p))
  })

  it('keeps the notes exactly, and lists the other name order and the reading as aliases', async () => {
    const notes = '## Mine\n\n- [ ] not a task of the app\n\n---\n\n\ttabbed\r\n'
    const text = personPage(person({ notes }), [], [], style('ja'))
    expect(text).toContain(notes)
    expect(frontMatter(text)).toMatchObject({ name: '田中 太郎', aliases: ['太郎 田中', 'たなか たろう'] })
    expect(text).toContain('## メモ')
  })

  it('links each meeting on the timeline to its page, newest first', async () => {
    const entries = [
      { kind: 'meeting', occurredAt: '2026-11-20T01:00:00.000Z', summary: 'Coffee', body: '', url: '', sourceKind: 'meeting', sourceId: 'm1' },
      { kind: 'note', occurredAt: '2026-11-01T01:00:00.000Z', summary: 'A note', body: 'body\n', url: '', sourceKind: null, sourceId: null }
    ]
    const meetings = [{ id: 'm1', path: 'One-on-ones/2026-11-20 田中 太郎', startsAt: '2026-11-20T01:00:00.000Z', createdAt: '2026-11-19T00:00:00.000Z', purpose: '' }]
    const text = personPage(person(), entries, meetings, style('en'))
    expect(text).toContain('### 2026-11-20 · One-on-one\n\n[[One-on-ones/2026-11-20 田中 太郎]] Coffee')
    expect(text.indexOf('2026-11-20 · One-on-one')).toBeLessThan(text.indexOf('2026-11-01 · Note'))
  })

  it('writes a one-on-one with the person as a link and the time with its offset', async () => {
    const meeting = {
      id: 'm1',
      personId: 'p1',
      path: 'One-on-ones/2026-11-20 田中 太郎',
      personPath: 'People/田中 太郎',
      personName: '田中 太郎',
      purpose: 'SLO: "how"',
      format: 'coffee',
      startsAt: '2026-11-20T01:30:00.000Z',
      place: 'Shibuya',
      link: '',
      questions: [{ text: 'What keeps you up?', source: 'own' }],
      status: 'ended',
      caresAbout: 'Calm on-call\n\n- really',
      freeNotes: '**bold**\n'
    } as unknown as VaultMeeting
    const filled = { ...meeting, theirChallenges: '', sharedInterests: '', helpEachOther: '', myPromises: '', theirPromises: '' }
    const text = meetingPage(filled, style('en'))
    expect(frontMatter(text)).toMatchObject({ person: '[[People/田中 太郎]]', starts_at: '2026-11-20T10:30:00+09:00', purpose: 'SLO: "how"', status: 'ended' })
    expect(text).toContain('Calm on-call\n\n- really')
    expect(text).toContain('**bold**\n')
    expect(text).toContain('- What keeps you up?')
  })

  it('writes follow-ups as Obsidian Tasks lines grouped by due date, done ones below', async () => {
    const base = { personPath: 'People/A', personName: 'A', kind: 'thank_you' as const, doneAt: null }
    const text = followupsPage(
      [
        { ...base, id: '1', title: 'Send the link', dueOn: '2026-12-01', status: 'pending' },
        { ...base, id: '2', title: '', dueOn: '2026-11-28', status: 'pending' },
        { ...base, id: '3', title: 'Done one', dueOn: '2026-11-20', status: 'sent', doneAt: '2026-11-21T01:00:00.000Z' }
      ],
      style('en')
    )
    expect(text).toContain('### 2026-11-28\n\n- [ ] Thank-you [[People/A|A]] 📅 2026-11-28')
    expect(text.indexOf('2026-11-28')).toBeLessThan(text.indexOf('2026-12-01'))
    expect(text).toContain('- [x] Done one [[People/A|A]] 📅 2026-11-20 ✅ 2026-11-21')
  })

  it('writes times with the zone offset, across daylight saving', async () => {
    expect(withOffset('2026-07-01T12:00:00.000Z', 'America/New_York')).toBe('2026-07-01T08:00:00-04:00')
    expect(withOffset('2026-01-01T12:00:00.000Z', 'America/New_York')).toBe('2026-01-01T07:00:00-05:00')
    expect(withOffset('2026-01-01T12:00:00.000Z', 'Asia/Kolkata')).toBe('2026-01-01T17:30:00+05:30')
  })
})
