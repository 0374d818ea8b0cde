import type { HandlersOf } from '../../rpc/handler'
import { searchEverything } from './queries'

export const searchHandlers = {
  'search.query': (ctx, input) => searchEverything(ctx, input)
} satisfies HandlersOf<'search'>
