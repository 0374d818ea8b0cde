import { count, isNull } from 'drizzle-orm'
import type { Output, ParsedInput, Procedure } from '../../shared/api/contract'
import { people } from '../db/schema'
import type { ServiceContext } from '../services/context'
import { getPerson, listPeople, listTrash } from '../services/people/queries'
import {
  addInteraction,
  createPerson,
  deletePerson,
  emptyTrash,
  purgePerson,
  quickAddPerson,
  restorePerson,
  updatePerson
} from '../services/people/mutations'
import { dismiss, markSent, snooze, snoozeAllThankYous, updateDraft, createFollowup } from '../services/followups/mutations'
import { getFollowup, listFollowups } from '../services/followups/queries'
import { endMeeting } from '../services/meetings/end'
import { cancelMeeting, createMeeting, saveNotes, updateMeeting } from '../services/meetings/mutations'
import { getMeeting, listMeetings, suggestQuestionsFor } from '../services/meetings/queries'
import { loadSampleData } from '../services/sample'
import { getSettings, updateSettings } from '../services/settings'
import { listTags } from '../services/tags'
import { getToday } from '../services/today'
import { createTopic, deleteTopic, listTopics, updateTopic } from '../services/topics'

export type Handler<P extends Procedure> = (ctx: ServiceContext, input: ParsedInput<P>) => Output<P>
export type Handlers = { [P in Procedure]: Handler<P> }

/** One handler per procedure; a missing or mistyped one does not compile. */
export const handlers = {
  'app.info': (ctx) => ({
    version: ctx.version,
    dataDir: ctx.dataDir,
    databaseFile: ctx.databaseFile,
    schemaVersion: ctx.schemaVersion,
    peopleCount: ctx.db.select({ n: count() }).from(people).where(isNull(people.deletedAt)).get()?.n ?? 0
  }),
  'sample.load': (ctx) => loadSampleData(ctx),
  'settings.get': (ctx) => getSettings(ctx),
  'settings.update': (ctx, input) => updateSettings(ctx, input),
  'people.list': (ctx, input) => listPeople(ctx, input),
  'people.get': (ctx, input) => getPerson(ctx, input.id),
  'people.create': (ctx, input) => createPerson(ctx, input),
  'people.quickAdd': (ctx, input) => quickAddPerson(ctx, input.name),
  'people.update': (ctx, input) => updatePerson(ctx, input.id, input.patch),
  'people.delete': (ctx, input) => deletePerson(ctx, input.id),
  'people.restore': (ctx, input) => restorePerson(ctx, input.id),
  'people.purge': (ctx, input) => purgePerson(ctx, input.id),
  'trash.list': (ctx) => listTrash(ctx),
  'trash.empty': (ctx) => emptyTrash(ctx),
  'tags.list': (ctx) => listTags(ctx),
  'interactions.add': (ctx, input) => addInteraction(ctx, input),
  'topics.list': (ctx) => listTopics(ctx),
  'topics.create': (ctx, input) => createTopic(ctx, input),
  'topics.update': (ctx, input) => updateTopic(ctx, input),
  'topics.delete': (ctx, input) => deleteTopic(ctx, input.id),
  'meetings.list': (ctx, input) => listMeetings(ctx, input),
  'meetings.get': (ctx, input) => getMeeting(ctx, input.id),
  'meetings.create': (ctx, input) => createMeeting(ctx, input),
  'meetings.update': (ctx, input) => updateMeeting(ctx, input.id, input.patch),
  'meetings.suggestQuestions': (ctx, input) => suggestQuestionsFor(ctx, input.id),
  'meetings.saveNotes': (ctx, input) => saveNotes(ctx, input.id, input.section, input.text),
  'meetings.end': (ctx, input) => endMeeting(ctx, input.id),
  'meetings.cancel': (ctx, input) => cancelMeeting(ctx, input.id),
  'followups.list': (ctx, input) => listFollowups(ctx, input),
  'followups.get': (ctx, input) => getFollowup(ctx, input.id),
  'followups.create': (ctx, input) => createFollowup(ctx, input),
  'followups.updateDraft': (ctx, input) => updateDraft(ctx, input.id, input.draft),
  'followups.markSent': (ctx, input) => markSent(ctx, input.id),
  'followups.snooze': (ctx, input) => snooze(ctx, input.id, input.until),
  'followups.snoozeAllThankYous': (ctx) => snoozeAllThankYous(ctx),
  'followups.dismiss': (ctx, input) => dismiss(ctx, input.id),
  'today.get': (ctx) => getToday(ctx)
} satisfies Handlers
