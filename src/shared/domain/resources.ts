import { plain, salutationName } from './drafts'
import { toHiragana } from './name-search'
import type { NameParts } from './names'
import { isJapaneseText } from './names'
import type { Language } from './people'

/*
 * Which people a resource fits: their interests, expertise or current challenges share a word with
 * its tags, its title or the titles of its topics. Text is compared as people search compares it (NFKC, lower case, katakana as
 * hiragana); Japanese has no spaces, so a shared run of two or more characters counts.
 */

export interface ResourceText {
  title: string
  tags: readonly string[]
  /** Titles of the library topics it is about. */
  topics?: readonly string[]
}

export interface FitPerson {
  interests: readonly string[]
  expertise: readonly string[]
  challenges: readonly string[]
}

const normalise = (text: string) => toHiragana(text.normalize('NFKC').toLowerCase()).replace(/\s+/gu, ' ').trim()

const stopWords = new Set('a an and are as at be by for from how in into is it of on or the to with your my our what why when'.split(' '))
const latinWords = (text: string) => (text.match(/[\p{Script=Latin}0-9][\p{Script=Latin}0-9+#.-]*/gu) ?? []).filter((w) => w.length > 1 && !stopWords.has(w))

function sharesWords(a: string, b: string): boolean {
  const words = new Set(latinWords(a))
  if (latinWords(b).some((word) => words.has(word))) return true
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a]
  return isJapaneseText(shorter) && [...shorter].length >= 2 && longer.includes(shorter)
}

/** Their own words the resource matches (what to name in the draft), challenges first; [] if none. */
export function resourceFit(resource: ResourceText, person: FitPerson): string[] {
  const ours = [...resource.tags, ...(resource.topics ?? []), resource.title].map(normalise).filter((text) => text !== '')
  const theirs = [...person.challenges, ...person.interests, ...person.expertise]
  return [...new Set(theirs.filter((item) => ours.some((text) => sharesWords(text, normalise(item)))))]
}

/** A note to share a resource that says why it fits them, in their language. Unsigned. */
export function shareDraft(person: NameParts, language: Language, resource: { title: string; url: string; why: string }, fit: string): string {
  const name = salutationName(person, language)
  const why = plain(resource.why.replace(/\s+/gu, ' '))
  const reason = plain(fit)
  if (language === 'ja') {
    const because = reason ? `以前「${reason}」のお話をされていたので、お役に立つかもしれないと思いご連絡しました。` : 'お役に立つかもしれないと思い、ご連絡しました。'
    return `${name}\n\nお世話になっております。${because}\n\n${resource.title}\n${resource.url}${why ? `\n\n${why}。` : ''}\n\nもしご興味があれば、ぜひ感想をお聞かせください。`
  }
  const because = reason ? `You mentioned ${reason}, and this made me think of you.` : 'I came across this and thought of you.'
  return `Hi ${name},\n\n${because}\n\n${resource.title}\n${resource.url}${why ? `\n\n${why}.` : ''}\n\nNo need to reply; I hope it’s useful.\n\nBest,`
}
