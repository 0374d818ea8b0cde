import type { HandlersOf } from '../../rpc/handler'
import { createResource, restoreResource, shareResource, trashResource, updateResource } from './mutations'
import { listResources, resourceMatches, sharedWith } from './queries'

export const resourcesHandlers = {
  'resources.list': (ctx, input) => listResources(ctx, input),
  'resources.create': (ctx, input) => createResource(ctx, input),
  'resources.update': (ctx, input) => updateResource(ctx, input),
  'resources.delete': (ctx, input) => trashResource(ctx, input.id),
  'resources.restore': (ctx, input) => restoreResource(ctx, input.id),
  'resources.matches': (ctx, input) => resourceMatches(ctx, input),
  'resources.share': (ctx, input) => shareResource(ctx, input),
  'resources.sharedWith': (ctx, input) => sharedWith(ctx, input)
} satisfies HandlersOf<'resources'>
