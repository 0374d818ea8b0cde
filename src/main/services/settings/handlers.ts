import type { HandlersOf } from '../../rpc/handler'
import { updateSettings } from './mutations'
import { getSettings } from './queries'

export const settingsHandlers = {
  'settings.get': (ctx) => getSettings(ctx),
  'settings.update': (ctx, input) => updateSettings(ctx, input)
} satisfies HandlersOf<'settings'>
