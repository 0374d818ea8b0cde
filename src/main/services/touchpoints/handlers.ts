import type { HandlersOf } from '../../rpc/handler'
import { addInteraction } from '../people/mutations'

export const touchpointsHandlers = {
  // A touchpoint is a timeline entry like any other; its note may be empty (the kind says enough).
  'touchpoints.log': (ctx, input) => addInteraction(ctx, { personId: input.personId, kind: input.kind, summary: input.note, body: '', url: input.url })
} satisfies HandlersOf<'touchpoints'>
