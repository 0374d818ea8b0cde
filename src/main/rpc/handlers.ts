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
import { loadSampleData } from '../services/sample'
import { getSettings, updateSettings } from '../services/settings'
import { listTags } from '../services/tags'

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
  'interactions.add': (ctx, input) => addInteraction(ctx, input)
} satisfies Handlers
