import { eq } from 'drizzle-orm'
import type { ParsedInput } from '../../../shared/api/contract'
import type { Topic } from '../../../shared/api/topics'
import { topics } from '../../db/schema'
import { newId, nowIso, type ServiceContext } from '../context'
import { mustGetTopic } from './queries'

export function createTopic(ctx: ServiceContext, input: ParsedInput<'topics.create'>): Topic {
  const now = nowIso(ctx.clock)
  const id = newId()
  ctx.db.insert(topics).values({ id, ...input, createdAt: now, updatedAt: now }).run()
  return mustGetTopic(ctx, id)
}

export function updateTopic(ctx: ServiceContext, { id, ...fields }: ParsedInput<'topics.update'>): Topic {
  mustGetTopic(ctx, id)
  ctx.db.update(topics).set({ ...fields, updatedAt: nowIso(ctx.clock) }).where(eq(topics.id, id)).run()
  return mustGetTopic(ctx, id)
}

/** Topics leave the library but stay in the file: meetings may quote them. */
export function deleteTopic(ctx: ServiceContext, id: string): { id: string } {
  mustGetTopic(ctx, id)
  ctx.db.update(topics).set({ deletedAt: nowIso(ctx.clock) }).where(eq(topics.id, id)).run()
  return { id }
}
