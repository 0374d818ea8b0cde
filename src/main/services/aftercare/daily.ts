import { and, desc, eq, inArray, isNull } from 'drizzle-orm'
import { congratulationDraft, lastTopic, reconnectDraft } from '../../../shared/domain/aftercare-drafts'
import { languageFor, signDraft } from '../../../shared/domain/drafts'
import { milestoneDueOn, yearsSince } from '../../../shared/domain/milestones'
import type { MilestoneKind } from '../../../shared/domain/people'
import { followups, interactions, keepInTouch, milestones, people } from '../../db/schema'
import { newId, nowIso, type ServiceContext } from '../context'
import { todayOf } from '../followups/queries'
import { mustLoadPerson } from '../people/row'
import { makeSeasonalGreetings } from '../seasonal/greetings'
import { signerOf } from '../settings/queries'
import { proposalsFor } from './proposals'
import { reconnectDay } from './queries'

/** "Do it once" per person and day: a second pass finds the same keys and inserts nothing. */
export const aftercareKeys = {
  reconnect: (personId: string, day: string) => `reconnect:${personId}:${day}`,
  // By kind and date rather than the milestone's id: editing a profile re-creates its milestones.
  milestone: (personId: string, kind: MilestoneKind, date: string, day: string) => `milestone:${personId}:${kind}:${date}:${day}`
}

// Timeline kinds that are a conversation, whose topic a reconnect note may recall.
const conversationKinds = ['meeting', 'event', 'met_in_person', 'call']

function lastConversation(ctx: ServiceContext, personId: string) {
  return (
    ctx.db
      .select({ summary: interactions.summary, body: interactions.body })
      .from(interactions)
      .where(and(eq(interactions.personId, personId), inArray(interactions.kind, conversationKinds)))
      .orderBy(desc(interactions.occurredAt))
      .limit(1)
      .get() ?? null
  )
}

function milestonesDue(ctx: ServiceContext, today: string) {
  return ctx.db
    .select({ personId: milestones.personId, kind: milestones.kind, date: milestones.date, note: milestones.note })
    .from(milestones)
    .innerJoin(people, eq(people.id, milestones.personId))
    .where(isNull(people.deletedAt))
    .all()
    .filter((milestone) => milestoneDueOn(milestone.kind, milestone.date, today))
}

/**
 * Today's aftercare as follow-ups, in one transaction: the reconnect suggestions (each recorded as
 * suggested today, the memory the daily cap and spread need), the milestones on the day, invitations
 * to propose a one-on-one after a few online exchanges, and the greetings of a season whose window
 * is open. Asking
 * again the same day makes nothing new. Answers how many follow-ups it made.
 */
export function runDaily(ctx: ServiceContext): { made: number } {
  const today = todayOf(ctx)
  const stamp = nowIso(ctx.clock)
  const signer = signerOf(ctx)
  const { suggestions } = reconnectDay(ctx)
  const due = milestonesDue(ctx, today)
  let made = 0
  const insert = (values: Omit<typeof followups.$inferInsert, 'id' | 'createdAt' | 'updatedAt' | 'status' | 'dueOn' | 'originalDueOn'>) => {
    const result = ctx.db
      .insert(followups)
      .values({ ...values, id: newId(), status: 'pending', dueOn: today, originalDueOn: today, createdAt: stamp, updatedAt: stamp })
      .onConflictDoNothing()
      .run()
    made += result.changes
  }
  ctx.sqlite.transaction(() => {
    for (const suggestion of suggestions) {
      const person = mustLoadPerson(ctx, suggestion.id)
      const language = languageFor(person)
      ctx.db
        .insert(keepInTouch)
        .values({ personId: person.id, lastSuggestedOn: today, updatedAt: stamp })
        .onConflictDoUpdate({ target: keepInTouch.personId, set: { lastSuggestedOn: today, updatedAt: stamp } })
        .run()
      const draft = reconnectDraft(person, language, lastTopic(lastConversation(ctx, person.id)))
      insert({ personId: person.id, kind: 'reconnect', title: '', language, draft: signDraft(draft, language, signer), sourceKey: aftercareKeys.reconnect(person.id, today) })
    }
    for (const milestone of due) {
      const person = mustLoadPerson(ctx, milestone.personId)
      const language = languageFor(person)
      const draft = congratulationDraft(person, language, { kind: milestone.kind, note: milestone.note, years: yearsSince(milestone.date, today) })
      insert({
        personId: person.id,
        kind: 'congratulate',
        title: milestone.note,
        language,
        draft: signDraft(draft, language, signer),
        sourceKey: aftercareKeys.milestone(person.id, milestone.kind, milestone.date, today)
      })
    }
    // After a few online exchanges and no one-on-one yet: an invitation to propose one.
    for (const proposal of proposalsFor(ctx)) {
      insert({ personId: proposal.personId, kind: 'propose_meeting', title: '', language: proposal.language, draft: signDraft(proposal.draft, proposal.language, signer), sourceKey: proposal.sourceKey })
    }
    made += makeSeasonalGreetings(ctx)
  })()
  return { made }
}
