import type { Language } from './people'
import type { TopicKind } from './meetings'

export const questionSources = ['interest', 'challenge', 'topic', 'own'] as const
export type QuestionSource = (typeof questionSources)[number]

export interface SuggestedQuestion {
  text: string
  source: QuestionSource
}

const fromInterest: Record<Language, (interest: string) => string> = {
  ja: (interest) => `${interest}に関心を持ったきっかけは何ですか？`,
  en: (interest) => `What got you interested in ${interest}?`
}

const fromChallenge: Record<Language, (challenge: string) => string> = {
  ja: (challenge) => `「${challenge}」について、いまはどう取り組んでいますか？`,
  en: (challenge) => `How are you approaching “${challenge}” these days?`
}

const fromTopic: Record<Language, Record<TopicKind, (title: string) => string>> = {
  ja: {
    question: (title) => title,
    problem: (title) => `いま「${title}」に取り組んでいます。似た経験はありますか？`,
    expertise: (title) => `${title}の経験があります。お役に立てる場面はありそうですか？`,
    project: (title) => `「${title}」を進めています。率直なご意見を聞かせてください。`
  },
  en: {
    question: (title) => title,
    problem: (title) => `I’m working on “${title}”. Have you faced something similar?`,
    expertise: (title) => `I’ve spent time on ${title}. Could that be useful to you?`,
    project: (title) => `I’m building “${title}”. I’d value your honest view on it.`
  }
}

/**
 * Open questions to bring, drawn from what the person cares about and from the user's own topics.
 * Their interests and challenges come first: the conversation is about listening.
 */
export function suggestQuestions(
  person: { interests: string[]; challenges: string[] },
  topics: { kind: TopicKind; title: string }[],
  language: Language
): SuggestedQuestion[] {
  const suggestions: SuggestedQuestion[] = [
    ...person.challenges.map((challenge) => ({ text: fromChallenge[language](challenge), source: 'challenge' as const })),
    ...person.interests.map((interest) => ({ text: fromInterest[language](interest), source: 'interest' as const })),
    ...topics.map((topic) => ({ text: fromTopic[language][topic.kind](topic.title), source: 'topic' as const }))
  ]
  const seen = new Set<string>()
  return suggestions.filter((question) => !seen.has(question.text) && seen.add(question.text))
}
