import type { Followup } from '../../shared/api/followups'
import type { Meeting } from '../../shared/api/meetings'
import type { Person } from '../../shared/api/people'
import type { Topic } from '../../shared/api/topics'
import type { Language } from '../../shared/domain/people'
import type { VaultWords } from './words'

/** A timeline entry as the vault shows it; a meeting's entry names its meeting. */
export interface VaultInteraction {
  kind: string
  occurredAt: string
  summary: string
  body: string
  url: string
  sourceKind: string | null
  sourceId: string | null
}

export type VaultPerson = Omit<Person, 'deletedAt' | 'createdAt' | 'updatedAt'>

/** A meeting with the vault path (without `.md`) of its file and of its person's file. */
export interface VaultMeeting extends Meeting {
  path: string
  personPath: string
  personName: string
}

export interface VaultFollowup extends Pick<Followup, 'id' | 'kind' | 'title' | 'dueOn' | 'status' | 'doneAt'> {
  personPath: string
  personName: string
}

export type VaultTopic = Pick<Topic, 'id' | 'kind' | 'title' | 'body'>

/** What every page of the vault is written with: the language, its words and the user's zone. */
export interface VaultStyle {
  language: Language
  words: VaultWords
  timeZone: string
}

/** Folder and file names in the vault; fixed, so switching language never doubles the vault. */
export const vaultPaths = {
  people: 'People',
  oneOnOnes: 'One-on-ones',
  events: 'Events',
  followups: 'Follow-ups',
  topics: 'Topics',
  index: 'index'
} as const
