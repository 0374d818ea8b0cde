import { and, eq, sql } from 'drizzle-orm'
import type { Output } from '../../../shared/api/contract'
import { addDays, localDateOf } from '../../../shared/domain/dates'
import { invitationDraft, signDraft } from '../../../shared/domain/drafts'
import { planSteps, type NoteSection } from '../../../shared/domain/meetings'
import type { Language } from '../../../shared/domain/people'
import type { SampleTable } from '../../../shared/domain/sample'
import { languageOfLocale } from '../../../shared/domain/settings'
import { interactions, sampleRows } from '../../db/schema'
import type { ServiceContext } from '../context'
import { addAttendees, createEvent, setTarget, updatePlan } from '../events/mutations'
import { prefillResearch } from '../events/prefill'
import { endMeeting } from '../meetings/end'
import { createMeeting, saveNotes, updateMeeting } from '../meetings/mutations'
import { addInteraction, createPerson } from '../people/mutations'
import { mustLoadPerson } from '../people/row'
import { getSettings, signerOf } from '../settings/queries'
import { createTopic } from '../topics/mutations'
import { sampleStatus } from './queries'
import { sampleSets } from './sets'
import type { SampleEvent, SampleMeeting, SamplePerson, SampleSet } from './types'
import { daysBefore, earlierToday, instantAt, instantDaysAgo, weekdayFrom } from './when'

/** The UI's language when the caller does not say: the stored setting, else the system's. */
export function defaultSampleLanguage(ctx: ServiceContext): Language {
  const setting = getSettings(ctx).language
  if (setting !== 'system') return setting
  return languageOfLocale(Intl.DateTimeFormat().resolvedOptions().locale)
}

/** Records a row as the sample's, so "Remove sample data" can find exactly it later. */
function mark(ctx: ServiceContext, table: SampleTable, rowId: string): void {
  ctx.db.insert(sampleRows).values({ tableName: table, rowId }).onConflictDoNothing().run()
}

function addPerson(ctx: ServiceContext, { key: _key, metDaysAgo, milestones = [], timeline = [], ...fields }: SamplePerson): string {
  const now = ctx.clock.now()
  const zone = ctx.clock.timeZone()
  const person = createPerson(ctx, {
    ...fields,
    metOn: metDaysAgo === undefined ? null : daysBefore(now, zone, metDaysAgo),
    milestones: milestones.map(({ daysAgo, ...milestone }) => ({ ...milestone, date: daysBefore(now, zone, daysAgo) }))
  })
  mark(ctx, 'people', person.id)
  // Through the service, so the last contact and the next keep-in-touch date follow from the timeline.
  for (const entry of timeline) {
    const row = addInteraction(ctx, {
      personId: person.id,
      kind: entry.kind,
      summary: entry.summary,
      body: entry.body ?? '',
      url: '',
      occurredAt: instantDaysAgo(now, entry.daysAgo)
    })
    mark(ctx, 'interactions', row.id)
  }
  return person.id
}

/** A one-on-one with its whole plan, the invitation written the way the plan screen writes it. */
function planMeeting(ctx: ServiceContext, personId: string, plan: SampleMeeting, startsAt: Date): string {
  const meeting = createMeeting(ctx, { personId, purpose: plan.purpose })
  mark(ctx, 'meetings', meeting.id)
  const language = meeting.invitationLanguage ?? 'en'
  const when = new Intl.DateTimeFormat(language === 'ja' ? 'ja-JP' : 'en-GB', {
    timeZone: ctx.clock.timeZone(),
    month: 'long',
    day: 'numeric',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit'
  }).format(startsAt)
  const person = mustLoadPerson(ctx, personId)
  updateMeeting(ctx, meeting.id, {
    format: plan.format,
    startsAt: startsAt.toISOString(),
    place: plan.place,
    questions: plan.questions,
    invitationDraft: signDraft(invitationDraft({ person, language, purpose: plan.purpose, format: plan.format, when }), language, signerOf(ctx)),
    planStep: planSteps.length - 1
  })
  return meeting.id
}

/**
 * The held one-on-one goes through the real services: notes saved section by section, then ended,
 * so the thank-you due today, its draft quoting the notes and the open promise are the app's own.
 */
function holdMeeting(ctx: ServiceContext, personId: string, held: SampleSet['held']): void {
  const now = ctx.clock.now()
  const meetingId = planMeeting(ctx, personId, held, earlierToday(now, ctx.clock.timeZone()))
  for (const [section, text] of Object.entries(held.notes) as [NoteSection, string][]) saveNotes(ctx, meetingId, section, text)
  const ended = endMeeting(ctx, meetingId)
  for (const followup of [ended.thankYou, ...ended.promises]) mark(ctx, 'followups', followup.id)
  const logged = ctx.db
    .select({ id: interactions.id })
    .from(interactions)
    .where(and(eq(interactions.sourceKind, 'meeting'), eq(interactions.sourceId, meetingId)))
    .all()
  for (const row of logged) mark(ctx, 'interactions', row.id)
}

/** The sample meetup, prepared through the events services as far as a user might have got. */
function prepareEvent(ctx: ServiceContext, sample: SampleEvent, idOf: (key: string) => string): void {
  const zone = ctx.clock.timeZone()
  const startsAt = instantAt(addDays(localDateOf(ctx.clock.now(), zone), sample.inDays), sample.at, zone)
  const endsAt = new Date(startsAt.getTime() + sample.hours * 3_600_000)
  const event = createEvent(ctx, { name: sample.name, kind: sample.kind, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), place: sample.place, link: '', notes: '' })
  mark(ctx, 'events', event.id)
  addAttendees(ctx, { id: event.id, personIds: sample.attendees.map(idOf), newNames: [] })
  const [target] = sample.attendees
  if (target) setTarget(ctx, event.id, idOf(target), true, (current, personId) => prefillResearch(ctx, current, personId))
  updatePlan(ctx, event.id, { goals: [{ text: sample.goal }], wizardStep: 3 })
}

/**
 * Loads the sample circle in the given language, in one transaction, every row marked in
 * sample_rows. When the sample is already there it answers with what is there and adds nothing.
 */
export function loadSample(ctx: ServiceContext, language: Language): Output<'sample.load'> {
  return ctx.sqlite.transaction(() => {
    const before = sampleStatus(ctx)
    if (before.present) return { ...before, added: 0 }
    // Markers left by rows the user has since deleted mean nothing; start the new set clean.
    ctx.db.delete(sampleRows).run()
    const set = sampleSets[language]
    for (const topic of set.topics) mark(ctx, 'topics', createTopic(ctx, topic).id)
    const ids = new Map(set.people.map((person) => [person.key, addPerson(ctx, person)]))
    const idOf = (key: string) => {
      const id = ids.get(key)
      if (!id) throw new Error(`The sample set names no person "${key}"`)
      return id
    }
    holdMeeting(ctx, idOf(set.held.person), set.held)
    const zone = ctx.clock.timeZone()
    const day = weekdayFrom(addDays(localDateOf(ctx.clock.now(), zone), set.planned.inDays))
    planMeeting(ctx, idOf(set.planned.person), set.planned, instantAt(day, set.planned.at, zone))
    prepareEvent(ctx, set.event, idOf)
    const added = ctx.db.select({ n: sql<number>`count(*)` }).from(sampleRows).get()?.n ?? 0
    return { ...sampleStatus(ctx), added }
  })()
}
