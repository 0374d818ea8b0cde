import { useMutation } from '@tanstack/react-query'
import type { Input } from '../../../../shared/api/contract'
import { api } from '../../api/client'

// No invalidation here: every write's `changed` push refreshes what reads topics (app/refresh.ts).
export function useTopicActions() {
  return {
    create: useMutation({ mutationFn: (input: Input<'topics.create'>) => api.topics.create(input) }),
    update: useMutation({ mutationFn: (input: Input<'topics.update'>) => api.topics.update(input) }),
    remove: useMutation({ mutationFn: (id: string) => api.topics.delete({ id }) })
  }
}
