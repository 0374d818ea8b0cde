import { and, gte, inArray, isNull } from 'drizzle-orm'
import { addDays, localDateOf } from '../../../shared/domain/dates'
import { languageFor, salutationName } from '../../../shared/domain/drafts'
import { onlineExchangeKinds, proposalDraft, proposalDue, proposalRule } from '../../../shared/domain/touchpoints'
import { followups, interactions, meetings, people } from '../../db/schema'
import type { ServiceContext } from '../context'
import { todayOf } from '../followups/queries'
import { mustLoadPerson } from '../people/row'

/** At most this many invitations suggested a day: the rest wait for the next days, spread out. */
export const proposalsPerDay = 2

export const proposalKey = (personId: string) => `propose:${personId}`

export interface Proposal {
  personId: string
  language: 'ja' | 'en'
  draft: string
  sourceKey: string
}

/**
 * Who is ready for a one-on-one today: at least three online exchanges in the last 90 days, no
 * one-on-one yet (planned, held or cancelled), never suggested before (a dismissed invitation stays
 * dismissed). Most exchanges first, then the most recent; at most `proposalsPerDay`, so many at
 * once (after an import) are spread over the following days. A read: the daily pass writes.
 */
export function proposalsFor(ctx: ServiceContext): Proposal[] {
  const today = todayOf(ctx)
  const zone = ctx.clock.timeZone()
  const since = new Date(`${addDays(today, -proposalRule.withinDays - 1)}T00:00:00Z`).toISOString()
  const exchanges = ctx.db
    .select({ personId: interactions.personId, occurredAt: interactions.occurredAt, summary: interactions.summary })
    .from(interactions)
    .where(and(inArray(interactions.kind, [...onlineExchangeKinds]), gte(interactions.occurredAt, since)))
    .all()
  const byPerson = new Map<string, { dates: string[]; last: { at: string; summary: string } }>()
  for (const row of exchanges) {
    const entry = byPerson.get(row.personId) ?? { dates: [], last: { at: '', summary: '' } }
    entry.dates.push(localDateOf(new Date(row.occurredAt), zone))
    if (row.occurredAt > entry.last.at) entry.last = { at: row.occurredAt, summary: row.summary }
    byPerson.set(row.personId, entry)
  }
  const ids = [...byPerson.keys()]
  if (ids.length === 0) return []
  const withMeeting = new Set(ctx.db.selectDistinct({ id: meetings.personId }).from(meetings).where(inArray(meetings.personId, ids)).all().map((row) => row.id))
  const suggested = new Set(
    ctx.db
      .select({ key: followups.sourceKey })
      .from(followups)
      .where(inArray(followups.sourceKey, ids.map(proposalKey)))
      .all()
      .map((row) => row.key)
  )
  const active = new Set(ctx.db.select({ id: people.id }).from(people).where(and(inArray(people.id, ids), isNull(people.deletedAt))).all().map((row) => row.id))
  return ids
    .filter((id) => active.has(id) && !suggested.has(proposalKey(id)))
    .filter((id) => proposalDue(byPerson.get(id)?.dates ?? [], withMeeting.has(id), today))
    .sort((a, b) => {
      const x = byPerson.get(a)!
      const y = byPerson.get(b)!
      return y.dates.length - x.dates.length || y.last.at.localeCompare(x.last.at) || a.localeCompare(b)
    })
    .slice(0, proposalsPerDay)
    .map((personId) => {
      const person = mustLoadPerson(ctx, personId)
      const language = languageFor(person)
      return { personId, language, draft: proposalDraft(salutationName(person, language), language, byPerson.get(personId)?.last.summary ?? ''), sourceKey: proposalKey(personId) }
    })
}
