import { asc, desc, inArray, isNull } from 'drizzle-orm'
import { displayName } from '../../../shared/domain/names'
import { fileNamer } from '../../../shared/domain/file-names'
import { localDateOf } from '../../../shared/domain/dates'
import { followups, interactions, meetings, milestones, people, topics } from '../../db/schema'
import { vaultPaths, type VaultFollowup, type VaultInteraction, type VaultMeeting, type VaultPerson, type VaultTopic } from '../../export/types'
import type { ServiceContext } from '../context'
import { tagsByPerson } from '../people/tags'

export interface NamedPerson {
  id: string
  name: string
  path: string
}

export interface MeetingRef {
  id: string
  personId: string
  startsAt: string | null
  createdAt: string
  purpose: string
  path: string
}

/**
 * Every person outside the trash with their page's path, oldest first: the first of two people
 * with the same name keeps the plain file name, so names stay stable from one export to the next.
 */
export function namePeople(ctx: ServiceContext): NamedPerson[] {
  const rows = ctx.db
    .select({ id: people.id, familyName: people.familyName, givenName: people.givenName, nameOrder: people.nameOrder })
    .from(people)
    .where(isNull(people.deletedAt))
    .orderBy(asc(people.createdAt), asc(people.id))
    .all()
  const namer = fileNamer('.md')
  return rows.map((row) => {
    const name = displayName(row)
    return { id: row.id, name, path: `${vaultPaths.people}/${namer(row.id, name).slice(0, -3)}` }
  })
}

/** Meetings of those people with their page's path: `One-on-ones/<local date> <name>`. */
export function nameMeetings(ctx: ServiceContext, named: ReadonlyMap<string, NamedPerson>): MeetingRef[] {
  const rows = ctx.db
    .select({ id: meetings.id, personId: meetings.personId, startsAt: meetings.startsAt, createdAt: meetings.createdAt, purpose: meetings.purpose })
    .from(meetings)
    .orderBy(asc(meetings.createdAt), asc(meetings.id))
    .all()
  const namer = fileNamer('.md')
  const zone = ctx.clock.timeZone()
  return rows.flatMap((row) => {
    const person = named.get(row.personId)
    if (!person) return []
    const date = localDateOf(new Date(row.startsAt ?? row.createdAt), zone)
    return [{ ...row, path: `${vaultPaths.oneOnOnes}/${namer(row.id, `${date} ${person.name}`).slice(0, -3)}` }]
  })
}

/** One page of people, complete: the row, tags, milestones and the timeline newest first. */
export function loadPeoplePage(ctx: ServiceContext, ids: string[]): { person: VaultPerson; timeline: VaultInteraction[] }[] {
  if (ids.length === 0) return []
  const rows = ctx.db.select().from(people).where(inArray(people.id, ids)).all()
  const tags = tagsByPerson(ctx, ids)
  const marks = ctx.db.select().from(milestones).where(inArray(milestones.personId, ids)).orderBy(asc(milestones.position)).all()
  const entries = ctx.db
    .select()
    .from(interactions)
    .where(inArray(interactions.personId, ids))
    .orderBy(desc(interactions.occurredAt), desc(interactions.createdAt))
    .all()
  const byId = new Map(rows.map((row) => [row.id, row]))
  const marksOf = groupBy(marks, (m) => m.personId)
  const entriesOf = groupBy(entries, (entry) => entry.personId)
  return ids.flatMap((id) => {
    const row = byId.get(id)
    if (!row) return []
    const { sortKey: _s, searchKey: _k, createdAt: _c, updatedAt: _u, deletedAt: _d, ...fields } = row
    const person: VaultPerson = {
      ...fields,
      tags: tags.get(id) ?? [],
      milestones: (marksOf.get(id) ?? []).map((m) => ({ kind: m.kind, date: m.date, note: m.note }))
    }
    return [{ person, timeline: entriesOf.get(id) ?? [] }]
  })
}

export function loadMeetingsPage(ctx: ServiceContext, refs: readonly MeetingRef[], named: ReadonlyMap<string, NamedPerson>): VaultMeeting[] {
  if (refs.length === 0) return []
  const rows = ctx.db.select().from(meetings).where(inArray(meetings.id, refs.map((ref) => ref.id))).all()
  const byId = new Map(rows.map((row) => [row.id, row]))
  return refs.flatMap((ref) => {
    const row = byId.get(ref.id)
    const person = named.get(ref.personId)
    return row && person ? [{ ...row, path: ref.path, personPath: person.path, personName: person.name }] : []
  })
}

export function loadFollowups(ctx: ServiceContext, named: ReadonlyMap<string, NamedPerson>): VaultFollowup[] {
  const rows = ctx.db
    .select({ id: followups.id, personId: followups.personId, kind: followups.kind, title: followups.title, dueOn: followups.dueOn, status: followups.status, doneAt: followups.doneAt })
    .from(followups)
    .orderBy(asc(followups.dueOn), asc(followups.createdAt), asc(followups.id))
    .all()
  return rows.flatMap(({ personId, ...row }) => {
    const person = named.get(personId)
    return person ? [{ ...row, personPath: person.path, personName: person.name }] : []
  })
}

export function loadTopics(ctx: ServiceContext): VaultTopic[] {
  return ctx.db
    .select({ id: topics.id, kind: topics.kind, title: topics.title, body: topics.body })
    .from(topics)
    .where(isNull(topics.deletedAt))
    .orderBy(asc(topics.createdAt), asc(topics.id))
    .all()
}

/** Rows grouped by a key, keeping their order. */
function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const row of rows) {
    const group = groups.get(key(row))
    if (group) group.push(row)
    else groups.set(key(row), [row])
  }
  return groups
}
