import { plain, salutationName } from './drafts'
import { noteLines } from './meetings'
import type { NameParts } from './names'
import type { Language, MilestoneKind } from './people'

/** The topic of a last conversation from its timeline entry: its first note line, else its title. */
export function lastTopic(entry: { summary: string; body: string } | null): string {
  if (!entry) return ''
  const line = noteLines(entry.body)[0] ?? ''
  return plain(line.replace(/^[-*・]\s*/u, '') || entry.summary.replace(/\s+/gu, ' '))
}

/**
 * A note to get back in touch: recalls what was talked about last, asks about them, and makes it
 * easy to say "not now". Unsigned; the caller signs it.
 */
export function reconnectDraft(person: NameParts, language: Language, topic: string): string {
  const name = salutationName(person, language)
  if (language === 'ja') {
    const recall = topic ? `前回お話しした「${topic}」のこと、その後いかがですか。ふと思い出してご連絡しました。` : 'ふと思い出して、ご連絡しました。'
    return `${name}\n\nご無沙汰しております。お元気でお過ごしでしょうか。\n${recall}\nもしよろしければ、近いうちにまた少しお話しできればうれしいです。お忙しければ、どうぞお気になさらず。\n\n今後ともよろしくお願いいたします。`
  }
  // Quoted, as in Japanese: the first note line may be a topic ("on-call load") or a whole sentence.
  const recall = topic ? `I’ve been thinking about our last conversation (“${topic}”) and wondering how it’s going.` : 'You came to mind and I wondered how you’re doing.'
  return `Hi ${name},\n\nIt’s been a while. ${recall}\nWould you be up for catching up sometime? No pressure at all.\n\nBest,`
}

export interface CongratulationInput {
  kind: MilestoneKind
  /** The user's own words about it ("Joined Mercari", "Book on SRE"); may be empty. */
  note: string
  /** Completed years, for a work anniversary with a dated start. */
  years: number | null
}

const jaLines: Record<MilestoneKind, (note: string, years: number | null) => string> = {
  birthday: () => 'お誕生日おめでとうございます。素敵な一年になりますように。',
  work_anniversary: (_, years) => (years ? `勤続${years}年、おめでとうございます。` : '勤続の節目、おめでとうございます。'),
  job_change: (note) => `${note ? `「${note}」、` : ''}新しい環境でのスタート、おめでとうございます。`,
  promotion: (note) => `${note ? `「${note}」、` : ''}ご昇進おめでとうございます。`,
  publication: (note) => `${note ? `「${note}」の` : ''}ご出版、おめでとうございます。ぜひ拝読します。`,
  other: (note) => `${note ? `「${note}」、` : ''}おめでとうございます。`
}

const enLines: Record<MilestoneKind, (note: string, years: number | null) => string> = {
  birthday: () => 'Happy birthday! I hope it’s a good year.',
  work_anniversary: (_, years) => (years ? `Congratulations on ${years} ${years === 1 ? 'year' : 'years'} there!` : 'Congratulations on your work anniversary!'),
  job_change: (note) => `Congratulations on the new role${note ? ` (${note})` : ''}! I hope the first weeks are going well.`,
  promotion: (note) => `Congratulations on the promotion${note ? ` (${note})` : ''}! Well deserved.`,
  publication: (note) => `Congratulations on publishing${note ? ` ${note}` : ''}! I’m looking forward to reading it.`,
  other: (note) => `Congratulations${note ? ` on ${note}` : ''}!`
}

/** A short congratulation on a milestone, in the person's language. Unsigned. */
export function congratulationDraft(person: NameParts, language: Language, { kind, note, years }: CongratulationInput): string {
  const name = salutationName(person, language)
  const what = plain(note.replace(/\s+/gu, ' '))
  if (language === 'ja') return `${name}\n\n${jaLines[kind](what, years)}\n今後のますますのご活躍をお祈りしています。\n\nよろしくお願いいたします。`
  return `Hi ${name},\n\n${enLines[kind](what, years)}\n\nAll the best,`
}
