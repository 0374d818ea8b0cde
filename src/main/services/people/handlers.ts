import type { HandlersOf } from '../../rpc/handler'
import {
  addInteraction,
  createPerson,
  deletePerson,
  emptyTrash,
  purgePerson,
  quickAddPerson,
  restorePerson,
  updatePerson
} from './mutations'
import { getPerson, listPeople, listTrash, pipeline } from './queries'
import { listTags } from './tags'

/** People, with their trash, tags and timeline: all of it lives on the person. */
export const peopleHandlers = {
  'people.list': (ctx, input) => listPeople(ctx, input),
  'people.pipeline': (ctx, input) => pipeline(ctx, input.perStage),
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
  'interactions.add': (ctx, input) => addInteraction(ctx, input)
} satisfies HandlersOf<'people' | 'trash' | 'tags' | 'interactions'>
