import { plain, salutationName } from './drafts'
import { noteLines } from './meetings'
import type { NameParts } from './names'
import type { Language } from './people'

/**
 * A same-day thank-you to someone met at an event: names the event and what was talked about,
 * so it reads as written for them. It says "at <event>" rather than "today" because the
 * reflection, and so the draft, may be written the next day.
 */
export function eventThankYouDraft(person: NameParts, language: Language, event: { name: string }, talkedAbout: string): string {
  const name = salutationName(person, language)
  const eventName = plain(event.name.replace(/\s+/gu, ' '))
  // The quick "who I met" line may hold a list; one specific is enough for a short note.
  const topic = plain(noteLines(talkedAbout)[0] ?? '')
  if (language === 'ja') {
    const where = eventName ? `${eventName}では` : '先日は'
    const lines = [`${name}\n\n${where}お話しいただき、ありがとうございました。`]
    if (topic) lines.push(`「${topic}」のお話が、とても印象に残っています。`)
    lines.push('\n\nまたどこかでお話しできればうれしいです。今後ともよろしくお願いいたします。')
    return lines.join('')
  }
  const where = eventName ? ` at ${eventName}` : ''
  const lines = [`Hi ${name},\n\nThank you for the conversation${where}.`]
  if (topic) lines.push(` I really enjoyed what you shared about ${topic}.`)
  lines.push('\n\nI hope our paths cross again soon,')
  return lines.join('')
}
