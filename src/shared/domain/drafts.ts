import { displayName, isJapaneseText, type NameParts } from './names'
import type { Language } from './people'
import type { MeetingFormat } from './meetings'
import { noteLines } from './meetings'

/** The language to write to someone in: theirs if known, else the script of their name. */
export function languageFor(person: NameParts & { preferredLanguage: Language | null }): Language {
  return person.preferredLanguage ?? (isJapaneseText(person.familyName + person.givenName) ? 'ja' : 'en')
}

/** How a message addresses the person: 田中さん (family name + さん) or their given name. */
export function salutationName(person: NameParts, language: Language): string {
  if (language === 'ja') return `${person.familyName || person.givenName}さん`
  return person.givenName || displayName(person)
}

const formatPhrase: Record<Language, Record<MeetingFormat, string>> = {
  ja: { coffee: 'コーヒーでも飲みながら', lunch: 'ランチをご一緒しながら', call: 'オンラインで', walk: '散歩がてら', other: '' },
  en: { coffee: 'a coffee', lunch: 'lunch', call: 'a short call', walk: 'a walk', other: 'a chat' }
}

export interface InvitationInput {
  person: NameParts
  language: Language
  purpose: string
  format: MeetingFormat
  /** Already formatted for the reader, e.g. "12月3日（水）15:00" or "Wed 3 Dec, 15:00"; '' when open. */
  when: string
}

/** An invitation to copy: short, specific about why, and easy to decline. */
export function invitationDraft({ person, language, purpose, format, when }: InvitationInput): string {
  const name = salutationName(person, language)
  const topic = purpose.trim()
  if (language === 'ja') {
    const why = topic ? `${topic}について、ぜひ一度お話を伺えないかと思いご連絡しました。` : 'ぜひ一度ゆっくりお話しできればと思いご連絡しました。'
    const how = `${formatPhrase.ja[format]}${when ? `${when}ごろ` : '近いうちに'}30分ほど、ご都合はいかがでしょうか。`
    return `${name}\n\nお世話になっております。${why}\n${how}\nお忙しければ、もちろん無理なさらないでください。\n\nよろしくお願いいたします。`
  }
  const why = topic ? `I’d love to hear more about ${topic}.` : 'I’d love to catch up properly.'
  const how = `Would you be up for ${formatPhrase.en[format]}${when ? ` on ${when}` : ' sometime soon'}? Half an hour would be plenty.`
  return `Hi ${name},\n\n${why} ${how}\nNo pressure at all if now is a busy time.\n\nThanks,`
}

export interface MeetingNotes {
  caresAbout: string
  theirChallenges: string
  sharedInterests: string
  helpEachOther: string
  myPromises: string
  freeNotes: string
}

/** Markdown emphasis and code marks do not belong in a message. */
export const plain = (line: string) => line.replace(/[*_`~]+/g, '').replace(/[。.!！]+$/u, '').trim()

/**
 * One or two things they said, to show the thank-you was written for them. Only the listening
 * sections are quoted; free notes are the user's own and may not be fit to send.
 */
export function pickSpecifics(notes: MeetingNotes): string[] {
  const ordered = [notes.caresAbout, notes.sharedInterests, notes.theirChallenges, notes.helpEachOther]
  return ordered
    .flatMap((section) => noteLines(section).slice(0, 1))
    .map(plain)
    .filter((line) => line !== '')
    .slice(0, 2)
}

/** A same-day thank-you that quotes the notes and repeats what the user promised. */
export function thankYouDraft(person: NameParts, language: Language, notes: MeetingNotes): string {
  const name = salutationName(person, language)
  const [first, second] = pickSpecifics(notes)
  const promises = noteLines(notes.myPromises).map(plain)
  if (language === 'ja') {
    const lines = [`${name}\n\n本日はお時間をいただき、ありがとうございました。`]
    if (first) lines.push(`「${first}」のお話がとても印象に残っています。`)
    if (second) lines.push(`「${second}」についても、考えるきっかけをいただきました。`)
    if (promises.length > 0) lines.push(`\n\nお約束した「${promises.join('」「')}」は、追ってお送りします。`)
    lines.push('\n\nまたお話しできるのを楽しみにしています。今後ともよろしくお願いいたします。')
    return lines.join('')
  }
  const lines = [`Hi ${name},\n\nThank you for taking the time to talk today.`]
  if (first) lines.push(` I especially enjoyed hearing about ${first}.`)
  if (second) lines.push(` What you said about ${second} has stayed with me too.`)
  if (promises.length > 0) lines.push(`\n\nAs promised, I’ll follow up on: ${promises.join('; ')}.`)
  lines.push('\n\nLooking forward to staying in touch,')
  return lines.join('')
}

/** Mail subjects for the drafts, in the language of the draft. */
export const draftSubjects: Record<Language, { thank_you: string; invitation: string; other: string }> = {
  ja: { thank_you: '本日はありがとうございました', invitation: '少しお話しできませんか', other: 'ご連絡' },
  en: { thank_you: 'Thank you for today', invitation: 'Coffee sometime?', other: 'Following up' }
}

/** Who signs the drafts: the user's name and, per language, a signature that replaces it. */
export interface Signer {
  userName: string
  signatures: Record<Language, string>
}

export const noSigner: Signer = { userName: '', signatures: { ja: '', en: '' } }

/**
 * Ends a draft with the user's signature in its language (else their name), so it reads as theirs.
 * Japanese mail leaves a blank line before the signature; an English sign-off ("Thanks,") takes the
 * name on the next line. Signing twice adds nothing.
 */
export function signDraft(draft: string, language: Language, signer: Signer): string {
  const signature = (signer.signatures[language].trim() || signer.userName.trim()).replace(/\r\n?/gu, '\n')
  const body = draft.trimEnd()
  if (!signature || body.endsWith(signature)) return draft
  return `${body}${language === 'ja' ? '\n\n' : '\n'}${signature}`
}
