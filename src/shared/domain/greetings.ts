import { languageFor } from './drafts'
import type { NameParts } from './names'
import type { Language, Stage } from './people'
import type { SeasonalKind } from './seasonal'

/*
 * Who receives which seasonal greeting. Japanese customs go to people who write in Japanese, the
 * English year-end greeting to the others; a per-person toggle overrides the default (on for people
 * met or ongoing who write in Japanese). 喪中: someone in mourning in a year gets no New Year card
 * (posted that December) and no New Year greeting (that January or the next), and is the one a
 * 寒中見舞い is suggested for instead; 残暑見舞い is not suggested to whoever was sent a 暑中見舞い.
 */

export interface GreetingPerson extends NameParts {
  stage: Stage
  preferredLanguage: Language | null
  greetings: boolean | null
  mourningYear: number | null
}

const japaneseKinds: readonly SeasonalKind[] = ['nenshi', 'kanchu', 'shochu', 'zansho', 'nengajo']

/** Whether a person gets seasonal greetings at all: their toggle, else the default. */
export function greetingsOn(person: GreetingPerson): boolean {
  if (person.greetings !== null) return person.greetings
  return (person.stage === 'met' || person.stage === 'ongoing') && languageFor(person) === 'ja'
}

/** In mourning for the New Year that a greeting of this kind and year belongs to. */
export function mourningFor(kind: SeasonalKind, year: number, mourningYear: number | null): boolean {
  if (mourningYear === null) return false
  // A card posted in December is for the coming year; January greetings for the year begun.
  if (kind === 'nengajo') return mourningYear === year || mourningYear === year + 1
  if (kind === 'nenshi' || kind === 'kanchu') return mourningYear === year || mourningYear === year - 1
  return false
}

/** Whether this person should get this season's greeting in a year. */
export function receivesGreeting(kind: SeasonalKind, year: number, person: GreetingPerson, sentShochu = false): boolean {
  if (!greetingsOn(person)) return false
  const japanese = languageFor(person) === 'ja'
  if (kind === 'year_end_en') return !japanese
  if (!japanese || !japaneseKinds.includes(kind)) return false
  const mourning = mourningFor(kind, year, person.mourningYear)
  if (kind === 'kanchu') return mourning
  if (kind === 'nengajo' || kind === 'nenshi') return !mourning
  if (kind === 'zansho') return !sentShochu
  return true
}

/** The language a season's greeting is written in. */
export const greetingLanguage = (kind: SeasonalKind): Language => (kind === 'year_end_en' ? 'en' : 'ja')
