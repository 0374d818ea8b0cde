import type { HandlersOf } from '../../rpc/handler'
import { createResource, shareResource } from './mutations'
import { listResources, resourceMatches, sharedWith } from './queries'

export const resourcesHandlers = {
  'resources.list': (ctx) => listResources(ctx),
  'resources.create': (ctx, input) => createResource(ctx, input),
  'resources.matches': (ctx, input) => resourceMatches(ctx, input),
  'resources.share': (ctx, input) => shareResource(ctx, input),
  'resources.sharedWith': (ctx, input) => sharedWith(ctx, input)
} satisfies HandlersOf<'resources'>
