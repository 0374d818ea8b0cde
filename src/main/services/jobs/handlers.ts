import type { HandlersOf } from '../../rpc/handler'

export const jobsHandlers = {
  'jobs.list': (ctx) => ctx.jobs.list(),
  'jobs.cancel': (ctx, input) => ctx.jobs.cancel(input.id)
} satisfies HandlersOf<'jobs'>
