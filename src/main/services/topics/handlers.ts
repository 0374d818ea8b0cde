import type { HandlersOf } from '../../rpc/handler'
import { createTopic, deleteTopic, updateTopic } from './mutations'
import { listTopics } from './queries'

export const topicsHandlers = {
  'topics.list': (ctx) => listTopics(ctx),
  'topics.create': (ctx, input) => createTopic(ctx, input),
  'topics.update': (ctx, input) => updateTopic(ctx, input),
  'topics.delete': (ctx, input) => deleteTopic(ctx, input.id)
} satisfies HandlersOf<'topics'>
