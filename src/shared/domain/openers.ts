/**
 * Conversation openers for the people the user hopes to meet at an event. Like the suggested
 * questions for a meeting, each one invites the other person to talk: the user listens first.
 */
import type { TopicKind } from './meetings'
import { isJapaneseText } from './names'
import { toHiragana } from './name-search'
import type { Language } from './people'

export interface OpenerPerson {
  interests: string[]
  expertise: string[]
  challenges: string[]
  company: string
  headline: string
}

export interface OpenerTopic {
  kind: TopicKind
  title: string
}

type Template = Record<Language, (text: string) => string>

// Said to someone met for the first time: the hook is what the user read about them beforehand.
const fromExpertise: Template = {
  ja: (text) => `${text}に取り組まれていると伺いました。始めてみて意外だったことはありますか？`,
  en: (text) => `I saw you work on ${text}. What surprised you most when you started?`
}
const fromChallenge: Template = {
  ja: (text) => `「${text}」に向き合っていらっしゃると拝見しました。いまはどのように進めていらっしゃいますか？`,
  en: (text) => `I read that “${text}” is on your plate. How are you approaching it at the moment?`
}
const fromInterest: Template = {
  ja: (text) => `${text}に関心を持たれたきっかけは何ですか？`,
  en: (text) => `What got you interested in ${text}?`
}
const fromTopic: Record<TopicKind, Template> = {
  question: { ja: (text) => text, en: (text) => text },
  problem: {
    ja: (text) => `いま「${text}」に取り組んでいます。似たことで悩まれた経験はありますか？`,
    en: (text) => `I’m working on “${text}” at the moment. Have you run into something similar?`
  },
  expertise: {
    ja: (text) => `${text}について、どんなふうにご覧になっていますか？`,
    en: (text) => `How do you see ${text}? I’d love to hear your take.`
  },
  project: {
    ja: (text) => `「${text}」を進めています。同じようなことをされた経験はありますか？`,
    en: (text) => `I’m building “${text}”. Have you done anything like it?`
  }
}
const fromCompany: Template = {
  ja: (text) => `${text}では、いまどんなことに取り組まれていますか？`,
  en: (text) => `What are you working on at ${text} these days?`
}
const fromHeadline: Template = {
  ja: (text) => `プロフィールで「${text}」と拝見しました。ふだんはどんなお仕事が多いですか？`,
  en: (text) => `Your profile says “${text}”. What does a typical week look like for you?`
}
const generic: Record<Language, [string, string]> = {
  ja: ['今日はどんなきっかけで参加されたんですか？', 'ここまでで、印象に残ったお話はありましたか？'],
  en: ['What brought you to this event?', 'Has anything from today stayed with you so far?']
}

const clean = (text: string) => text.replace(/\s+/gu, ' ').trim().replace(/[。.!！?？]+$/u, '')
const present = (items: readonly string[]) => items.map(clean).filter((item) => item !== '')

/** One item of each list in turn, so two openers draw on different sides of the person. */
function interleave<T>(...lists: T[][]): T[] {
  const longest = Math.max(0, ...lists.map((list) => list.length))
  return Array.from({ length: longest }, (_, i) => lists.flatMap((list) => (i < list.length ? [list[i] as T] : []))).flat()
}

/**
 * Two short conversation openers for a target, from their interests/expertise/challenges and the
 * user's topics, in `language`; deterministic; always exactly 2 (falls back to gentle generic ones
 * built from company/headline, then fully generic).
 */
export function suggestOpeners(person: OpenerPerson, topics: readonly OpenerTopic[], language: Language): [string, string] {
  const aboutThem = interleave(
    present(person.expertise).map(fromExpertise[language]),
    present(person.challenges).map(fromChallenge[language]),
    present(person.interests).map(fromInterest[language])
  )
  // Topics they share come first; then the user's own questions and problems, which still ask.
  const shared = new Set(commonTopicsOf(person, topics, Infinity))
  const ordered = [...topics].sort((a, b) => Number(shared.has(b.title.trim())) - Number(shared.has(a.title.trim())))
  const fromUser = ordered
    .filter((topic) => shared.has(topic.title.trim()) || topic.kind === 'question' || topic.kind === 'problem')
    // A question is asked as the user wrote it, question mark and all.
    .map((topic) => ({ kind: topic.kind, title: topic.kind === 'question' ? topic.title.replace(/\s+/gu, ' ').trim() : clean(topic.title) }))
    .filter((topic) => topic.title !== '')
    .map((topic) => fromTopic[topic.kind][language](topic.title))
  const fallback = [
    ...present([person.company]).map(fromCompany[language]),
    ...present([person.headline]).map(fromHeadline[language]),
    ...generic[language]
  ]
  const unique = [...new Set([...interleave(aboutThem, fromUser), ...fallback])]
  return [unique[0] ?? generic[language][0], unique[1] ?? generic[language][1]]
}

const stopWords = new Set(
  'a an and are as at be by for from how in into is it of on or our the their to use using what when why with my your about'.split(' ')
)

/** Latin words and numbers (NFKC, lower case), without little words that would match anything. */
const latinWords = (text: string) =>
  (text.match(/[\p{Script=Latin}0-9][\p{Script=Latin}0-9+#]*/gu) ?? []).filter((word) => word.length > 1 && !stopWords.has(word))

const normalise = (text: string) => toHiragana(text.normalize('NFKC').toLowerCase()).replace(/\s+/gu, ' ').trim()

function overlaps(topic: string, theirs: string): boolean {
  const words = new Set(latinWords(topic))
  if (latinWords(theirs).some((word) => words.has(word))) return true
  // Japanese has no spaces between words: a shared run of text is the best cheap signal.
  const [shorter, longer] = topic.length <= theirs.length ? [topic, theirs] : [theirs, topic]
  return isJapaneseText(shorter) && [...shorter].length >= 2 && longer.includes(shorter)
}

function commonTopicsOf(person: OpenerPerson, topics: readonly OpenerTopic[], limit: number): string[] {
  const theirs = [...person.interests, ...person.expertise, ...person.challenges].map(normalise).filter((text) => text !== '')
  const titles = topics.map((topic) => topic.title.trim()).filter((title) => title !== '')
  const shared = titles.filter((title) => theirs.some((text) => overlaps(normalise(title), text)))
  return [...new Set(shared)].slice(0, limit)
}

/**
 * Topics the user has that overlap a target's interests/expertise/challenges (word overlap after
 * NFKC + lowercase, Japanese substring match), for "common topics" prefill; titles, at most 3.
 */
export function commonTopics(person: OpenerPerson, topics: readonly OpenerTopic[]): string[] {
  return commonTopicsOf(person, topics, 3)
}
