import { and, asc, eq, isNull } from 'drizzle-orm'
import type { ParsedInput } from '../../shared/api/contract'
import type { Topic } from '../../shared/api/meetings'
import { AppFailure } from '../../shared/api/result'
import { topics } from '../db/schema'
import { newId, nowIso, type ServiceContext } from './context'

const columns = {
  id: topics.id,
  kind: topics.kind,
  title: topics.title,
  body: topics.body,
  createdAt: topics.createdAt,
  updatedAt: topics.updatedAt
}

export function listTopics(ctx: ServiceContext): Topic[] {
  return ctx.db.select(columns).from(topics).where(isNull(topics.deletedAt)).orderBy(asc(topics.kind), asc(topics.title)).all()
}

function mustGet(ctx: ServiceContext, id: string): Topic {
  const row = ctx.db.select(columns).from(topics).where(and(eq(topics.id, id), isNull(topics.deletedAt))).get()
  if (!row) throw new AppFailure('NOT_FOUND', 'No topic with that id')
  return row
}

export function createTopic(ctx: ServiceContext, input: ParsedInput<'topics.create'>): Topic {
  const now = nowIso(ctx.clock)
  const id = newId()
  ctx.db.insert(topics).values({ id, ...input, createdAt: now, updatedAt: now }).run()
  return mustGet(ctx, id)
}

export function updateTopic(ctx: ServiceContext, { id, ...fields }: ParsedInput<'topics.update'>): Topic {
  mustGet(ctx, id)
  ctx.db.update(topics).set({ ...fields, updatedAt: nowIso(ctx.clock) }).where(eq(topics.id, id)).run()
  return mustGet(ctx, id)
}

/** Topics leave the library but stay in the file: meetings may quote them. */
export function deleteTopic(ctx: ServiceContext, id: string): { id: string } {
  mustGet(ctx, id)
  ctx.db.update(topics).set({ deletedAt: nowIso(ctx.clock) }).where(eq(topics.id, id)).run()
  return { id }
}
