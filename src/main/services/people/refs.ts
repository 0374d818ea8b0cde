import { and, inArray, isNull } from 'drizzle-orm'
import type { FollowupView } from '../../../shared/api/followups'
import { people } from '../../db/schema'
import type { ServiceContext } from '../context'
import { nameColumns } from './row'

export type PersonRef = FollowupView['person']

/**
 * The few person fields that follow-ups and meetings show, for many ids in one query. People in
 * the trash are left out (unless asked for one item by id), so their follow-ups and meetings drop
 * out of every list with them.
 */
export function personRefs(ctx: ServiceContext, ids: string[], options: { includeTrashed?: boolean } = {}): Map<string, PersonRef> {
  if (ids.length === 0) return new Map()
  const rows = ctx.db
    .select({
      ...nameColumns,
      email: people.email,
      links: people.links,
      stage: people.stage
    })
    .from(people)
    .where(and(inArray(people.id, [...new Set(ids)]), options.includeTrashed ? undefined : isNull(people.deletedAt)))
    .all()
  return new Map(rows.map((row) => [row.id, row]))
}
