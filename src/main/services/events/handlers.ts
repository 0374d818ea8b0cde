import type { HandlersOf } from '../../rpc/handler'
import { eventIcs, eventSheetMarkdown } from './files'
import {
  addAttendees,
  createEvent,
  purgeEvent,
  removeAttendee,
  restoreEvent,
  setTarget,
  setTopics,
  trashEvent,
  updateBasics,
  updatePlan,
  updateResearch
} from './mutations'
import { prefillResearch } from './prefill'
import { getEvent, listEvents, matchAttendees } from './queries'
import { reflectOnEvent } from './reflect'

export const eventsHandlers = {
  'events.list': (ctx, input) => listEvents(ctx, input),
  'events.get': (ctx, input) => getEvent(ctx, input.id),
  'events.create': (ctx, input) => createEvent(ctx, input),
  'events.updateBasics': (ctx, input) => updateBasics(ctx, input.id, input.patch),
  'events.updatePlan': (ctx, input) => updatePlan(ctx, input.id, input.patch),
  'events.matchAttendees': (ctx, input) => matchAttendees(ctx, input.text),
  'events.addAttendees': (ctx, input) => addAttendees(ctx, input),
  'events.removeAttendee': (ctx, input) => removeAttendee(ctx, input.id, input.personId),
  'events.setTarget': (ctx, input) => setTarget(ctx, input.id, input.personId, input.target, (view, personId) => prefillResearch(ctx, view, personId)),
  'events.updateResearch': (ctx, input) => updateResearch(ctx, input),
  'events.setTopics': (ctx, input) => setTopics(ctx, input.id, input.topicIds),
  'events.reflect': (ctx, input) => reflectOnEvent(ctx, input.id, input.reflection),
  'events.delete': (ctx, input) => trashEvent(ctx, input.id),
  'events.restore': (ctx, input) => restoreEvent(ctx, input.id),
  'events.purge': (ctx, input) => purgeEvent(ctx, input.id),
  'events.sheetMarkdown': (ctx, input) => eventSheetMarkdown(ctx, input.id, input.language),
  'events.ics': (ctx, input) => eventIcs(ctx, input.id)
} satisfies HandlersOf<'events'>
