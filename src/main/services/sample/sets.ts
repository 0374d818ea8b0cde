import type { Language } from '../../../shared/domain/people'
import { enSample } from './set-en'
import { jaSample } from './set-ja'
import type { SampleSet } from './types'

/** One set per UI language: a Japanese user meets a Japanese circle, anyone else an English one. */
export const sampleSets: Record<Language, SampleSet> = { ja: jaSample, en: enSample }

/** Every tag a sample person may carry, lower-cased as tag names compare. */
export const sampleTagNames = [
  ...new Set(Object.values(sampleSets).flatMap((set) => set.people.flatMap((person) => person.tags ?? []).map((name) => name.toLowerCase())))
]
