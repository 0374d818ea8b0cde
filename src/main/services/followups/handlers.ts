import type { HandlersOf } from '../../rpc/handler'
import { createFollowup, dismiss, markSent, snooze, snoozeAllThankYous, updateDraft } from './mutations'
import { getFollowup, listFollowups } from './queries'

export const followupsHandlers = {
  'followups.list': (ctx, input) => listFollowups(ctx, input),
  'followups.get': (ctx, input) => getFollowup(ctx, input.id),
  'followups.create': (ctx, input) => createFollowup(ctx, input),
  'followups.updateDraft': (ctx, input) => updateDraft(ctx, input.id, input.draft),
  'followups.markSent': (ctx, input) => markSent(ctx, input.id),
  'followups.snooze': (ctx, input) => snooze(ctx, input.id, input.until),
  'followups.snoozeAllThankYous': (ctx) => snoozeAllThankYous(ctx),
  'followups.dismiss': (ctx, input) => dismiss(ctx, input.id)
} satisfies HandlersOf<'followups'>
