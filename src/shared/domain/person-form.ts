import type { Input } from '../api/contract'
import type { Person } from '../api/people'
import type { Channel, Language, LinkKind, MilestoneKind, NameOrder, Stage } from './people'

/** What the form edits: plain strings, so every input is controlled and nothing is coerced early. */
export interface PersonFormState {
  familyName: string
  givenName: string
  familyNameKana: string
  givenNameKana: string
  nameOrder: NameOrder
  headline: string
  company: string
  department: string
  email: string
  links: Partial<Record<LinkKind, string>>
  expertise: string
  interests: string
  challenges: string
  metHow: string
  metWhere: string
  metOn: string
  stage: Stage
  cadenceDays: string
  mourning: boolean
  mourningYear: number | null
  /** Seasonal greetings: null follows the default. */
  greetings: boolean | null
  postalAddress: string
  preferredChannel: Channel | ''
  preferredLanguage: Language | ''
  notes: string
  tags: string
  milestones: { kind: MilestoneKind; date: string; note: string }[]
}

export const emptyForm: PersonFormState = {
  familyName: '',
  givenName: '',
  familyNameKana: '',
  givenNameKana: '',
  nameOrder: 'auto',
  headline: '',
  company: '',
  department: '',
  email: '',
  links: {},
  expertise: '',
  interests: '',
  challenges: '',
  metHow: '',
  metWhere: '',
  metOn: '',
  stage: 'discovered',
  cadenceDays: '',
  mourning: false,
  mourningYear: null,
  greetings: null,
  postalAddress: '',
  preferredChannel: '',
  preferredLanguage: '',
  notes: '',
  tags: '',
  milestones: []
}

export function formFromPerson(person: Person): PersonFormState {
  return {
    ...person,
    links: { ...person.links },
    expertise: person.expertise.join('\n'),
    interests: person.interests.join('\n'),
    challenges: person.challenges.join('\n'),
    metOn: person.metOn ?? '',
    cadenceDays: person.cadenceDays ? String(person.cadenceDays) : '',
    mourning: person.mourningYear !== null,
    mourningYear: person.mourningYear,
    preferredChannel: person.preferredChannel ?? '',
    preferredLanguage: person.preferredLanguage ?? '',
    tags: person.tags.join(', '),
    milestones: person.milestones.map((milestone) => ({ ...milestone }))
  }
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)

const commaList = (text: string) =>
  text
    .split(/[,、，]/)
    .map((item) => item.trim())
    .filter(Boolean)

/** The form as the contract's input; the service validates it again and names any bad field. */
export function personFromForm(form: PersonFormState, currentYear: number): Input<'people.create'> {
  return {
    familyName: form.familyName,
    givenName: form.givenName,
    familyNameKana: form.familyNameKana,
    givenNameKana: form.givenNameKana,
    nameOrder: form.nameOrder,
    headline: form.headline,
    company: form.company,
    department: form.department,
    email: form.email.trim(),
    links: Object.fromEntries(Object.entries(form.links).map(([kind, url]) => [kind, (url ?? '').trim()])),
    expertise: lines(form.expertise),
    interests: lines(form.interests),
    challenges: lines(form.challenges),
    metHow: form.metHow,
    metWhere: form.metWhere,
    metOn: form.metOn || null,
    stage: form.stage,
    cadenceDays: form.cadenceDays ? Number(form.cadenceDays) : null,
    // Keep the year the user first marked; a fresh mark means this year.
    mourningYear: form.mourning ? (form.mourningYear ?? currentYear) : null,
    greetings: form.greetings,
    postalAddress: form.postalAddress,
    preferredChannel: form.preferredChannel || null,
    preferredLanguage: form.preferredLanguage || null,
    notes: form.notes,
    tags: commaList(form.tags),
    milestones: form.milestones.filter((milestone) => milestone.date !== '')
  }
}

/** Whether saving would change anything: typing and deleting again, or an empty row, is no change. */
export function formChanged(before: PersonFormState, after: PersonFormState): boolean {
  const sent = (form: PersonFormState) => {
    const input = personFromForm(form, 0)
    return JSON.stringify({ ...input, links: Object.fromEntries(Object.entries(input.links ?? {}).filter(([, url]) => url !== '')) })
  }
  return sent(before) !== sent(after)
}
