import type { HandlersOf } from '../../rpc/handler'
import { getToday } from './queries'

export const todayHandlers = {
  'today.get': (ctx) => getToday(ctx)
} satisfies HandlersOf<'today'>
