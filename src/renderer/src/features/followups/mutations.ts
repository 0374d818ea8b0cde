import { useMutation } from '@tanstack/react-query'
import type { Input } from '../../../../shared/api/contract'
import { api } from '../../api/client'

// No invalidation here: every write's `changed` push refreshes Today, the inbox and the timeline.
export function useFollowupActions(id: string) {
  return {
    saveDraft: useMutation({ mutationFn: (draft: string) => api.followups.updateDraft({ id, draft }) }),
    markSent: useMutation({ mutationFn: () => api.followups.markSent({ id }) }),
    snooze: useMutation({ mutationFn: (until: Input<'followups.snooze'>['until']) => api.followups.snooze({ id, until }) }),
    dismiss: useMutation({ mutationFn: () => api.followups.dismiss({ id }) })
  }
}
