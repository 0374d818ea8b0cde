import { and, eq, isNull, sql } from 'drizzle-orm'
import { people, personTags, tags } from '../../db/schema'
import { statement } from '../../db/statements'
import { newId, nowIso, type ServiceContext } from '../context'

/** Tag names are case-insensitive: "SRE" and "sre" are one tag, keeping the first spelling. */
export function setPersonTags(ctx: ServiceContext, personId: string, names: string[]): void {
  const unique = [...new Map(names.map((name) => [name.trim().toLowerCase(), name.trim()])).values()].filter(
    (name) => name !== ''
  )
  ctx.db.delete(personTags).where(eq(personTags.personId, personId)).run()
  for (const name of unique) {
    const existing = ctx.db
      .select({ id: tags.id })
      .from(tags)
      .where(sql`${tags.name} = ${name} COLLATE NOCASE`)
      .get()
    const tagId = existing?.id ?? newId()
    if (!existing) ctx.db.insert(tags).values({ id: tagId, name, createdAt: nowIso(ctx.clock) }).run()
    ctx.db.insert(personTags).values({ personId, tagId }).onConflictDoNothing().run()
  }
}

/** Tag names per person, for a page of people at once. */
export function tagsByPerson(ctx: ServiceContext, personIds: string[]): Map<string, string[]> {
  const result = new Map<string, string[]>()
  if (personIds.length === 0) return result
  // One JSON parameter for the whole page, in a statement prepared once: a page of the People list
  // asks this for 100 people, and 100 bound placeholders made it the slowest part of the page.
  const rows = statement(
    ctx.sqlite,
    `SELECT pt.person_id AS personId, t.name AS name FROM person_tags pt JOIN tags t ON t.id = pt.tag_id
     WHERE pt.person_id IN (SELECT value FROM json_each(?)) ORDER BY t.name`
  ).all(JSON.stringify(personIds)) as { personId: string; name: string }[]
  for (const row of rows) {
    const list = result.get(row.personId) ?? []
    list.push(row.name)
    result.set(row.personId, list)
  }
  return result
}

/** Tags in use by people outside the trash, with how many carry each. */
export function listTags(ctx: ServiceContext): { name: string; count: number }[] {
  return ctx.db
    .select({ name: tags.name, count: sql<number>`count(${people.id})` })
    .from(tags)
    .innerJoin(personTags, eq(personTags.tagId, tags.id))
    .innerJoin(people, and(eq(people.id, personTags.personId), isNull(people.deletedAt)))
    .groupBy(tags.id)
    .orderBy(sql`${tags.name} COLLATE NOCASE`)
    .all()
}
