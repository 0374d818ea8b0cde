import { asc, desc, inArray, isNull } from 'drizzle-orm'
import { displayName } from '../../../shared/domain/names'
import { fileNamer } from '../../../shared/domain/file-names'
import { events, followups, interactions, meetings, milestones, people, topics } from '../../db/schema'
import { vaultPaths, type VaultFollowup, type VaultInteraction, type VaultMeeting, type VaultPerson, type VaultTopic } from '../../export/types'
import { localDate } from '../../export/text'
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
export async function namePeople(ctx: ServiceContext, pace: () => Promise<void>): Promise<NamedPerson[]> {
  const rows = await inRowidPages<NameRow & { createdAt: string; deletedAt: string | null }>(
    ctx,
    'SELECT rowid AS r, id, family_name AS familyName, given_name AS givenName, name_order AS nameOrder, created_at AS createdAt, deleted_at AS deletedAt FROM people',
    pace
  )
  const active = rows.filter((row) => row.deletedAt === null).sort(byCreation)
  const namer = fileNamer('.md')
  const named: NamedPerson[] = []
  for (const row of active) {
    const name = displayName(row)
    named.push({ id: row.id, name, path: `${vaultPaths.people}/${namer(row.id, name).slice(0, -3)}` })
    await pace()
  }
  return named
}

/** Meetings of those people with their page's path: `One-on-ones/<local date> <name>`. */
export async function nameMeetings(ctx: ServiceContext, named: ReadonlyMap<string, NamedPerson>, pace: () => Promise<void>): Promise<MeetingRef[]> {
  const rows = (
    await inRowidPages<Omit<MeetingRef, 'path'>>(
      ctx,
      'SELECT rowid AS r, id, person_id AS personId, starts_at AS startsAt, created_at AS createdAt, purpose FROM meetings',
      pace
    )
  ).sort(byCreation)
  const namer = fileNamer('.md')
  const zone = ctx.clock.timeZone()
  const refs: MeetingRef[] = []
  for (const row of rows) {
    const person = named.get(row.personId)
    if (!person) continue
    const date = localDate(row.startsAt ?? row.createdAt, zone)
    refs.push({ ...row, path: `${vaultPaths.oneOnOnes}/${namer(row.id, `${date} ${person.name}`).slice(0, -3)}` })
    await pace()
  }
  return refs
}

/** Events outside the trash with their page's path, `Events/<local date> <name>`, soonest first. */
export function nameEvents(ctx: ServiceContext): { id: string; path: string }[] {
  const rows = ctx.db
    .select({ id: events.id, name: events.name, startsAt: events.startsAt })
    .from(events)
    .where(isNull(events.deletedAt))
    .orderBy(asc(events.startsAt), asc(events.createdAt), asc(events.id))
    .all()
  const namer = fileNamer('.md')
  const zone = ctx.clock.timeZone()
  return rows.map((row) => ({ id: row.id, path: `${vaultPaths.events}/${namer(row.id, `${localDate(row.startsAt, zone)} ${row.name}`).slice(0, -3)}` }))
}

/** One page of people, complete: the row, tags, milestones and the timeline newest first. */
export async function loadPeoplePage(
  ctx: ServiceContext,
  ids: string[],
  pause: () => Promise<void>
): Promise<{ person: VaultPerson; timeline: VaultInteraction[] }[]> {
  if (ids.length === 0) return []
  // A pause between the reads: each is a block of its own on a busy disk.
  const rows = ctx.db.select().from(people).where(inArray(people.id, ids)).all()
  await pause()
  const tags = tagsByPerson(ctx, ids)
  const marks = ctx.db.select().from(milestones).where(inArray(milestones.personId, ids)).orderBy(asc(milestones.position)).all()
  await pause()
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

type NameRow = { id: string; familyName: string; givenName: string; nameOrder: 'auto' | 'family_first' | 'given_first' }
const byCreation = (a: { createdAt: string; id: string }, b: { createdAt: string; id: string }) =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0

/**
 * A whole table's few columns, read 250 rows at a time in rowid order (no sort, no full scan
 * in one go), yielding between pages: sorting 10,000 wide rows in SQLite blocked for ~40 ms.
 */
async function inRowidPages<T>(ctx: ServiceContext, select: string, pace: () => Promise<void>): Promise<T[]> {
  const statement = ctx.sqlite.prepare(`${select} WHERE rowid > ? ORDER BY rowid LIMIT 250`)
  const rows: T[] = []
  let after = -Infinity
  for (;;) {
    const page = statement.all(after) as (T & { r: number })[]
    if (page.length === 0) return rows
    for (const { r: _r, ...row } of page) rows.push(row as T)
    after = page[page.length - 1]?.r ?? Infinity
    await pace()
  }
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
