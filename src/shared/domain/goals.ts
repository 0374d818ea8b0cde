/**
 * Goals for an event are about what a conversation is for, not how many there are. This tells a
 * goal that only counts ("talk to 5 people", 名刺を20枚集める) from one that has numbers but is
 * about substance ("discuss on-call load for 15 minutes with one SRE"), to offer a gentle rewrite.
 * A hint only: it never blocks saving, so when in doubt it stays quiet.
 */
import type { Language } from './people'

export interface GoalHint {
  kind: 'count_only'
  suggestion: string
}

/** One to three goals: a few that matter are easier to keep in mind in a crowded room. */
export const maxGoals = 3

export const goalExamples: Record<Language, readonly string[]> = {
  ja: [
    'オンコールの負担について、SREの人と15分ほどじっくり話す',
    '登壇者に、障害の振り返りをどう進めているか質問する',
    'データベース移行の進め方を、他のチームの事例から一つ学ぶ',
    'いま悩んでいるテストのことを相談できる人を、一人見つける',
    'Terraformへの移行で学んだことを共有し、ほかの人のやり方も聞く'
  ],
  en: [
    'Talk with one SRE for 15 minutes about what makes on-call bearable',
    'Ask a speaker how their team runs incident reviews',
    'Learn how another team handles database migrations',
    'Find someone who has moved to Terraform and hear what they would do differently',
    'Share what I learned about testing, and ask how others do it'
  ]
}

type Counted = 'people' | 'contacts' | 'places'

// Each suggestion's example is itself a qualitative goal (the tests hold it to that).
const suggestions: Record<Language, Record<Counted, string>> = {
  ja: {
    people: '数ではなく、話したい中身で決めてみませんか。たとえば「Kubernetesを運用している人に、アップグレードの進め方を15分ほどじっくり聞く」。',
    contacts: '名刺や連絡先の数より、またお話ししたい人を一人決めてみませんか。たとえば「オンコールの工夫をもっと聞きたい人と、続きを話す約束をする」。',
    places: '数ではなく、いまの仕事に関わるものを一つ選んでみませんか。たとえば「テストのセッションで、不安定なテストとの付き合い方を登壇者に一つ質問する」。'
  },
  en: {
    people:
      'Instead of a count: have one real conversation about something you both care about, e.g. “Ask one person who runs Kubernetes how they handle upgrades, and listen for 15 minutes.”',
    contacts:
      'Instead of collecting contacts: pick one person you’d like to hear from again, and what you’d follow up on, e.g. “Swap details with one person whose on-call setup I want to learn more about.”',
    places:
      'Instead of a count: choose one talk or booth that matters to your work and one question to ask there, e.g. “At the testing talk, ask the speaker how they keep flaky tests in check.”'
  }
}

const units = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']
const teens = ['thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']
const tens = ['twenty', 'thirty', 'forty', 'fifty']
const numberWords = new Map<string, number>([
  ...units.map((word, i) => [word, i] as const),
  ...teens.map((word, i) => [word, 13 + i] as const),
  ...tens.map((word, i) => [word, 20 + 10 * i] as const),
  ['hundred', 100]
])
const wordNumber = new RegExp(`\\b(${tens.join('|')})[- ](${units.slice(1, 10).join('|')})\\b|\\b(${[...numberWords.keys()].join('|')})\\b`, 'gu')

const kanjiDigits = '〇一二三四五六七八九'
const counterAhead = '(?=(?:人|名|枚|件|社|個|つ|回|か所|ヶ所|箇所))'

/** 二十 -> 20, 十五 -> 15, 百 -> 100: enough for the counts people write in a goal. */
function kanjiNumber(text: string): number {
  let total = 0
  let digit = 0
  for (const char of text) {
    const value = kanjiDigits.indexOf(char)
    if (value >= 0) digit = value
    else {
      total += (digit || 1) * (char === '百' ? 100 : 10)
      digit = 0
    }
  }
  return total + digit
}

/** NFKC (full-width digits), lower case, and numbers written as words turned into digits. */
function normalise(goal: string): string {
  return goal
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/\b(?:a|one) dozen\b|\bdozens of\b/gu, '12')
    .replace(wordNumber, (_match, ten: string | undefined, unit: string | undefined, word: string | undefined) =>
      String(ten && unit ? (numberWords.get(ten) ?? 0) + (numberWords.get(unit) ?? 0) : (numberWords.get(word ?? '') ?? 0))
    )
    .replace(new RegExp(`[${kanjiDigits}十百]+${counterAhead}`, 'gu'), (match) => String(kanjiNumber(match)))
    .replace(/ひとり(?!で)/gu, '1人')
    .replace(/ふたり/gu, '2人')
    // "about 10 people" is a rough count, not a topic.
    .replace(/\b(?:about|around|roughly|approximately|at least|over|more than|up to|almost|nearly)\s+(?=\d)/gu, '')
}

const countNoun =
  '(?:people|persons?|folks|individuals|attendees|participants|strangers|faces|engineers|developers|devs|sres|managers|leads|founders|ctos|designers|testers|maintainers|authors|organizers|members|newcomers|experts|peers|colleagues|speakers|sponsors|recruiters|companies|vendors|cards|contacts|connections|introductions|intros|conversations|chats|booths|talks|sessions|followers|names|e-?mails|handshakes|friends)'
const englishCount = new RegExp(
  [
    `(?:\\b\\d+\\+?|\\ba few|\\bseveral|\\bmany|\\blots of|\\ba lot of|\\bplenty of|\\ba bunch of)\\s+(?:[\\w-]+\\s+){0,2}${countNoun}\\b`,
    '\\b(?:everyone|everybody|all the (?:attendees|people|speakers|sponsors|booths|talks))\\b',
    '\\bcollect(?:ing)?\\s+(?:\\w+\\s+)?(?:cards|contacts|connections)\\b'
  ].join('|'),
  'u'
)
const japaneseCount = new RegExp(
  [
    // 一人で is "on my own", not a count.
    '(?!1\\s*人で)(?:\\d+|数|何|複数)\\s*(?:人|名|枚|件|社|個|つ|回|か所|ヶ所|箇所|ブース|セッション)',
    'たくさん|大勢|多くの|できるだけ多|なるべく多|全員|片っ端',
    '名刺を?(?:\\S{0,6})集め'
  ].join('|'),
  'u'
)

// What makes a goal about substance: a topic, depth or time, asking and listening, learning.
const englishQuality = new RegExp(
  [
    '\\babout\\b(?!\\s+(?:anything|something|whatever|everything|stuff)\\b)',
    '\\b(?:talks?|sessions?|conversations?|chats?)\\s+(?:on|around|regarding)\\b',
    '\\b(?:discuss\\w*|learn\\w*|understand\\w*|hear|listen\\w*|explore|dig into|talk through|compare notes|advice|feedback|opinions?|perspectives?|insights?|lessons|experiences?|why|which|whether|in[- ]depth|deep|deeply|properly|meaningful|genuine|real conversations?|follow[- ]up|mentor\\w*|collaborat\\w*|recommend\\w*)\\b',
    '\\bhow\\b(?!\\s+(?:many|much)\\b)',
    '\\bwhat\\b',
    '\\bexchang\\w* (?:ideas|views|thoughts|notes|experiences|knowledge|tips)\\b',
    '\\bshar\\w* (?:what|how|my|our|lessons|an? |experiences?|ideas|tips)',
    '\\bask(?:ing)?\\b(?![^.]*\\bfor (?:their |a |an |his |her )?(?:business )?(?:cards?|contacts?|contact details|linkedin|e-?mails?|numbers?|handles?|connections?)\\b)',
    '\\b\\d+[- ]?(?:min|mins|minutes|hours?)\\b'
  ].join('|'),
  'u'
)
const japaneseQuality =
  /について|に関して|に関する|の話|(?<!名前を|連絡先を|アカウントを)(?:聞く|聴く|聞いて|聴いて|聞き|聴き)|伺う|伺い|質問|尋ね|たずね|教わ|教えて|相談|学ぶ|学び|学んで|知る|知りたい|理解|深く|深め|じっくり|ゆっくり|しっかり|丁寧|腰を据え|意見交換|情報交換|議論|ディスカッション|どう|どのよう|なぜ|工夫|事例|知見|アドバイス|フィードバック|共有|次につなが|また会う|再会|続きを|\d+\s*分|\d+\s*時間|1対1/u

function countedThing(text: string): Counted {
  if (/名刺|連絡先|つなが|繋が|フォロー|linkedin|cards|contacts|connections|followers|e-?mails|handshakes/u.test(text)) return 'contacts'
  if (/ブース|セッション|講演|トーク|\d+\s*社|booths|talks|sessions|companies|sponsors|vendors/u.test(text)) return 'places'
  return 'people'
}

/**
 * null when the goal is qualitative (also when it has numbers but is about quality); a gentle
 * hint with a rewrite suggestion in `language` when it only counts.
 */
export function goalHint(goal: string, language: Language): GoalHint | null {
  const text = normalise(goal)
  if (text === '') return null
  const counts = englishCount.test(text) || japaneseCount.test(text)
  if (!counts || englishQuality.test(text) || japaneseQuality.test(text)) return null
  return { kind: 'count_only', suggestion: suggestions[language][countedThing(text)] }
}
