import { useMutation } from '@tanstack/react-query'
import type { Stage } from '../../../../shared/domain/people'
import { api } from '../../api/client'

// No invalidation: the `changed` push for people refreshes the board (app/refresh.ts).
export const useMoveStage = () => useMutation({ mutationFn: ({ id, stage }: { id: string; stage: Stage }) => api.people.update({ id, patch: { stage } }) })
