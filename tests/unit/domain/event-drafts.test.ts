import { describe, expect, it } from 'vitest'
import { languageFor } from '../../../src/shared/domain/drafts'
import { eventThankYouDraft } from '../../../src/shared/domain/event-drafts'

const tanaka = { familyName: '田中', givenName: '太郎', nameOrder: 'auto' as const, preferredLanguage: null }
const alex = { familyName: 'Kim', givenName: 'Alex', nameOrder: 'auto' as const, preferredLanguage: null }

describe('event thank-you draft', () => {
  it('names the event and what was talked about, in Japanese', async () => {
    const draft = eventThankYouDraft(tanaka, languageFor(tanaka), { name: 'SRE NEXT 2026' }, 'オンコールの負担の減らし方。')
    expect(draft).toBe(
      '田中さん\n\nSRE NEXT 2026ではお話しいただき、ありがとうございました。「オンコールの負担の減らし方」のお話が、とても印象に残っています。\n\nまたどこかでお話しできればうれしいです。今後ともよろしくお願いいたします。'
    )
  })

  it('names the event and what was talked about, in English', async () => {
    const draft = eventThankYouDraft(alex, languageFor(alex), { name: 'Rust Meetup Tokyo #12' }, 'migrating a CLI to **Rust**')
    expect(draft).toBe(
      'Hi Alex,\n\nThank you for the conversation at Rust Meetup Tokyo #12. I really enjoyed what you shared about migrating a CLI to Rust.\n\nI hope our paths cross again soon,'
    )
  })

  it('stays short without a topic, and still reads well without an event name', async () => {
    expect(eventThankYouDraft(alex, 'en', { name: 'DevOpsDays' }, '  ')).toBe(
      'Hi Alex,\n\nThank you for the conversation at DevOpsDays.\n\nI hope our paths cross again soon,'
    )
    expect(eventThankYouDraft(tanaka, 'ja', { name: '' }, '')).toMatch(/^田中さん\n\n先日はお話しいただき/)
    expect(eventThankYouDraft(alex, 'en', { name: ' ' }, '')).toContain('Thank you for the conversation.')
  })

  it('quotes only the first line of what was talked about', async () => {
    const draft = eventThankYouDraft(tanaka, 'ja', { name: '勉強会' }, '- Terraform の state 分割\n- 登山')
    expect(draft).toContain('「Terraform の state 分割」')
    expect(draft).not.toContain('登山')
  })

  it('writes in the language it is given, whatever the script of the name', async () => {
    expect(eventThankYouDraft(tanaka, 'en', { name: 'KubeCon' }, 'Helm charts')).toMatch(/^Hi 太郎,/)
  })
})
