import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { commonTopics, suggestOpeners, type OpenerPerson, type OpenerTopic } from '../../../src/shared/domain/openers'

const nobody: OpenerPerson = { interests: [], expertise: [], challenges: [], company: '', headline: '' }

describe('conversation openers', () => {
  it('starts from what they work on, in English and Japanese', async () => {
    const person = { ...nobody, expertise: ['Terraform'], interests: ['climbing'] }
    expect(suggestOpeners(person, [], 'en')).toEqual([
      'I saw you work on Terraform. What surprised you most when you started?',
      'What got you interested in climbing?'
    ])
    expect(suggestOpeners(person, [], 'ja')).toEqual([
      'Terraformに取り組まれていると伺いました。始めてみて意外だったことはありますか？',
      'climbingに関心を持たれたきっかけは何ですか？'
    ])
  })

  it('pairs one opener about them with one from a topic the user shares with them', async () => {
    const person = { ...nobody, challenges: ['オンコールの負担'], expertise: ['SRE'] }
    const topics: OpenerTopic[] = [
      { kind: 'project', title: '社内の勉強会' },
      { kind: 'expertise', title: 'オンコール' }
    ]
    const [first, second] = suggestOpeners(person, topics, 'ja')
    expect(first).toBe('SREに取り組まれていると伺いました。始めてみて意外だったことはありますか？')
    expect(second).toBe('オンコールについて、どんなふうにご覧になっていますか？')
  })

  it('asks the user’s own question as written', async () => {
    const topics: OpenerTopic[] = [{ kind: 'question', title: 'How do you keep flaky tests in check?' }]
    expect(suggestOpeners(nobody, topics, 'en')[0]).toBe('How do you keep flaky tests in check?')
  })

  it('falls back to the company and headline, then to gentle generic openers', async () => {
    expect(suggestOpeners({ ...nobody, company: 'Acme', headline: 'Platform engineer' }, [], 'en')).toEqual([
      'What are you working on at Acme these days?',
      'Your profile says “Platform engineer”. What does a typical week look like for you?'
    ])
    expect(suggestOpeners({ ...nobody, company: '株式会社サンプル' }, [], 'ja')).toEqual([
      '株式会社サンプルでは、いまどんなことに取り組まれていますか？',
      '今日はどんなきっかけで参加されたんですか？'
    ])
    expect(suggestOpeners(nobody, [], 'en')).toEqual(['What brought you to this event?', 'Has anything from today stayed with you so far?'])
    expect(suggestOpeners({ ...nobody, interests: [' ', ''] }, [{ kind: 'project', title: '  ' }], 'ja')).toHaveLength(2)
  })

  it('never repeats itself', async () => {
    const [first, second] = suggestOpeners({ ...nobody, interests: ['Rust', 'Rust'] }, [], 'en')
    expect(first).not.toBe(second)
  })

  it('always gives two different openers, the same ones each time', async () => {
    const texts = fc.array(fc.string({ maxLength: 20 }), { maxLength: 4 })
    const person = fc.record({ interests: texts, expertise: texts, challenges: texts, company: fc.string(), headline: fc.string() })
    const topic = fc.record({ kind: fc.constantFrom('expertise', 'project', 'problem', 'question' as const), title: fc.string({ maxLength: 20 }) })
    fc.assert(
      fc.property(person, fc.array(topic, { maxLength: 4 }), fc.constantFrom('ja', 'en' as const), (p, topics, language) => {
        const openers = suggestOpeners(p, topics, language)
        expect(openers).toHaveLength(2)
        expect(openers[0]).not.toBe(openers[1])
        expect(openers.every((opener) => opener.trim() !== '')).toBe(true)
        expect(suggestOpeners(p, topics, language)).toEqual(openers)
      })
    )
  })
})

describe('common topics', () => {
  const topics: OpenerTopic[] = [
    { kind: 'expertise', title: 'Kubernetes operations' },
    { kind: 'problem', title: 'オンコールの負担を減らしたい' },
    { kind: 'project', title: 'How to write a design doc' },
    { kind: 'question', title: 'Terraformのstate分割' },
    { kind: 'expertise', title: 'Go' }
  ]

  it('finds shared words across widths and case, and Japanese by substring', async () => {
    const person = { ...nobody, interests: ['ＫＵＢＥＲＮＥＴＥＳ', 'go'], challenges: ['オンコール'], expertise: ['terraform'] }
    expect(commonTopics(person, topics)).toEqual(['Kubernetes operations', 'オンコールの負担を減らしたい', 'Terraformのstate分割'])
  })

  it('ignores little words that would match anything', async () => {
    expect(commonTopics({ ...nobody, interests: ['how to run a team'] }, topics)).toEqual([])
  })

  it('matches katakana and hiragana alike, and a Japanese interest inside a topic', async () => {
    expect(commonTopics({ ...nobody, expertise: ['おんこーる'] }, topics)).toEqual(['オンコールの負担を減らしたい'])
    expect(commonTopics({ ...nobody, challenges: ['負担'] }, topics)).toEqual(['オンコールの負担を減らしたい'])
  })

  it('keeps at most three, in the order of the user’s topics', async () => {
    const person = { ...nobody, interests: ['kubernetes', 'go', 'terraform', 'design'] }
    expect(commonTopics(person, topics)).toEqual(['Kubernetes operations', 'How to write a design doc', 'Terraformのstate分割'])
  })

  it('finds nothing for nothing', async () => {
    expect(commonTopics(nobody, topics)).toEqual([])
    expect(commonTopics({ ...nobody, interests: ['の'] }, topics)).toEqual([])
  })
})
