import { and, asc, eq, isNull } from 'drizzle-orm'
import type { Topic } from '../../../shared/api/topics'
import { AppFailure } from '../../../shared/api/result'
import { topics } from '../../db/schema'
import type { ServiceContext } from '../context'

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

export function mustGetTopic(ctx: ServiceContext, id: string): Topic {
  const row = ctx.db.select(columns).from(topics).where(and(eq(topics.id, id), isNull(topics.deletedAt))).get()
  if (!row) throw new AppFailure('NOT_FOUND', 'No topic with that id')
  return row
}
