import type { SearchHit } from '../../../shared/api/search'
import { displayName, displayReading, type NameParts } from '../../../shared/domain/names'
import { snippet, wordsFound } from '../../../shared/domain/search-text'
import { jsonWords } from '../../db/sql-functions'
import type { ServiceContext } from '../context'
import type { DocHit } from './queries'

type Row = Record<string, string | null>
type Place = SearchHit['section']

/** The rows of one table for the hits' keys, in one statement. */
function rowsById(ctx: ServiceContext, select: string, ids: string[]): Map<string, Row> {
  if (ids.length === 0) return new Map()
  const rows = ctx.sqlite.prepare(`${select} IN (${ids.map(() => '?').join(', ')})`).all(...ids) as Row[]
  return new Map(rows.map((row) => [row.key ?? '', row]))
}

const nameParts = (row: Row): NameParts => ({
  familyName: row.family_name ?? '',
  givenName: row.given_name ?? '',
  familyNameKana: row.family_name_kana ?? '',
  givenNameKana: row.given_name_kana ?? '',
  nameOrder: (row.name_order ?? 'auto') as NameParts['nameOrder']
})
const nameOf = (row: Row | undefined): string => (row ? displayName(nameParts(row)) : '')

const personSelect =
  'SELECT id AS key, family_name, given_name, family_name_kana, given_name_kana, name_order, headline, company, department, email, met_how, met_where, notes, expertise, interests, challenges FROM people WHERE id'

/** The field that holds most of the words (the first on a tie), as the snippet's source. */
function bestField<P>(fields: [P, string][], words: string[]): [P, string] | undefined {
  let best: [P, string] | undefined
  let bestCount = 0
  for (const field of fields) {
    const count = field[1] === '' ? 0 : wordsFound(field[1], words)
    if (count > bestCount) [best, bestCount] = [field, count]
  }
  return best ?? fields.find((field) => field[1] !== '')
}

const meetingFields = (row: Row): [NonNullable<Place>, string][] => [
  ['purpose', row.purpose ?? ''],
  ['questions', jsonWords(row.questions)],
  ['caresAbout', row.cares_about ?? ''],
  ['theirChallenges', row.their_challenges ?? ''],
  ['sharedInterests', row.shared_interests ?? ''],
  ['helpEachOther', row.help_each_other ?? ''],
  ['myPromises', row.my_promises ?? ''],
  ['theirPromises', row.their_promises ?? ''],
  ['freeNotes', row.free_notes ?? '']
]

/** Gives each matched item a title, a marked snippet and what is needed to open it. */
export function decorate(ctx: ServiceContext, docs: DocHit[], words: string[]): SearchHit[] {
  const refs = (kind: DocHit['kind']) => docs.filter((doc) => doc.kind === kind).map((doc) => doc.ref)
  const personIds = [...new Set(docs.map((doc) => doc.personId).filter((id): id is string => id !== null))]
  const eventIds = [...new Set(docs.map((doc) => doc.eventId).filter((id): id is string => id !== null))]
  const people = rowsById(ctx, personSelect, personIds)
  const events = rowsById(ctx, 'SELECT id AS key, name, place, notes, reflection, goals FROM events WHERE id', eventIds)
  const interactions = rowsById(ctx, 'SELECT id AS key, summary, body FROM interactions WHERE id', refs('interaction'))
  const meetings = rowsById(ctx, 'SELECT id AS key, * FROM meetings WHERE id', refs('meeting'))
  const topics = rowsById(ctx, 'SELECT id AS key, title, body FROM topics WHERE id', refs('topic'))
  const resources = rowsById(ctx, 'SELECT id AS key, title, why, tags, url FROM resources WHERE id', refs('resource'))
  const communities = rowsById(ctx, 'SELECT id AS key, name, platform, my_role FROM communities WHERE id', refs('community'))
  const works = rowsById(ctx, 'SELECT id AS key, title, kind, link FROM works WHERE id', refs('work'))
  const attendees = rowsById(
    ctx,
    "SELECT event_id || ':' || person_id AS key, research, common_topics, talked_about, promised FROM event_people WHERE event_id || ':' || person_id",
    refs('eventPerson')
  )

  const hits: SearchHit[] = []
  const add = (doc: DocHit, hit: Omit<SearchHit, 'score' | 'personId' | 'snippet' | 'section'>, fields: [Place, string][]) => {
    const [section, text] = bestField(fields, words) ?? [null, '']
    hits.push({ ...hit, snippet: snippet(text, words), score: doc.score, personId: doc.personId, section: hit.kind === 'meeting' ? section : null })
  }
  for (const doc of docs) {
    const person = doc.personId !== null ? people.get(doc.personId) : undefined
    if (doc.kind === 'person' && person) {
      const name = nameOf(person)
      const reading = displayReading(nameParts(person))
      const work = [person.headline, person.company, person.department, person.email].filter(Boolean).join(' · ')
      const about = [jsonWords(person.expertise), jsonWords(person.interests), jsonWords(person.challenges), person.met_how, person.met_where]
      add(doc, { kind: 'person', id: doc.ref, title: name }, [
        [null, reading === '' ? name : `${name} (${reading})`],
        [null, work],
        [null, about.filter(Boolean).join(' · ')],
        [null, person.notes ?? '']
      ])
    } else if (doc.kind === 'interaction') {
      const row = interactions.get(doc.ref)
      if (row) add(doc, { kind: 'interaction', id: doc.ref, title: nameOf(person) }, [[null, row.summary ?? ''], [null, row.body ?? '']])
    } else if (doc.kind === 'meeting') {
      const row = meetings.get(doc.ref)
      if (row) add(doc, { kind: 'meeting', id: doc.ref, title: nameOf(person) }, meetingFields(row))
    } else if (doc.kind === 'topic') {
      const row = topics.get(doc.ref)
      if (row) add(doc, { kind: 'topic', id: doc.ref, title: row.title ?? '' }, [[null, row.title ?? ''], [null, row.body ?? '']])
    } else if (doc.kind === 'resource') {
      const row = resources.get(doc.ref)
      if (row) add(doc, { kind: 'resource', id: doc.ref, title: row.title ?? '' }, [[null, row.why ?? ''], [null, jsonWords(row.tags)], [null, row.url ?? '']])
    } else if (doc.kind === 'community') {
      const row = communities.get(doc.ref)
      if (row) add(doc, { kind: 'community', id: doc.ref, title: row.name ?? '' }, [[null, [row.platform, row.my_role].filter(Boolean).join(' · ')]])
    } else if (doc.kind === 'work') {
      const row = works.get(doc.ref)
      if (row) add(doc, { kind: 'work', id: doc.ref, title: row.title ?? '' }, [[null, row.link ?? '']])
    } else if (doc.kind === 'event' || doc.kind === 'eventPerson') {
      const event = doc.eventId !== null ? events.get(doc.eventId) : undefined
      const row = doc.kind === 'event' ? event : attendees.get(doc.ref)
      if (!event || !row) continue
      const fields: [Place, string][] =
        doc.kind === 'event'
          ? [[null, event.name ?? ''], [null, event.place ?? ''], [null, event.notes ?? ''], [null, jsonWords(event.goals)], [null, event.reflection ?? '']]
          : [row.research, row.common_topics, row.talked_about, row.promised].map((text): [Place, string] => [null, text ?? ''])
      const title = doc.kind === 'event' ? (event.name ?? '') : `${event.name ?? ''} · ${nameOf(person)}`
      add(doc, { kind: 'event', id: doc.eventId ?? '', title }, fields)
    }
  }
  return hits
}
