import type { HandlersOf } from '../../rpc/handler'
import { runDaily } from './daily'
import { setKeepInTouch } from './mutations'
import { keepInTouchOf } from './queries'

export const aftercareHandlers = {
  'aftercare.daily': (ctx) => runDaily(ctx),
  'aftercare.keepInTouch': (ctx, input) => keepInTouchOf(ctx, input.personId),
  'aftercare.setKeepInTouch': (ctx, input) => setKeepInTouch(ctx, input)
} satisfies HandlersOf<'aftercare'>
