import { and, eq, isNull, like } from 'drizzle-orm'
import type { Output, ParsedInput } from '../../../shared/api/contract'
import { toCsv } from '../../../shared/domain/csv'
import { signDraft } from '../../../shared/domain/drafts'
import { greetingLanguage, mourningFor, receivesGreeting } from '../../../shared/domain/greetings'
import { displayName, displayReading, sortKey } from '../../../shared/domain/names'
import { seasonalWindows, seasonsOn, type SeasonalKind } from '../../../shared/domain/seasonal'
import { seasonalDraft, seasonTitles } from '../../../shared/domain/seasonal-drafts'
import { followups, people } from '../../db/schema'
import { newId, nowIso, type ServiceContext } from '../context'
import { markSent } from '../followups/mutations'
import { selectFollowups, todayOf } from '../followups/queries'
import { getSettings, signerOf } from '../settings/queries'

/** One greeting per person, season and year: the daily pass may ask any day of the window. */
export const seasonalKey = (kind: SeasonalKind, year: number, personId?: string) => `seasonal:${kind}:${year}:${personId ?? ''}`

const windowOf = (ctx: ServiceContext, kind: SeasonalKind, year: number) => {
  const window = seasonalWindows(year, { nenshiUntil15th: getSettings(ctx).nenshiUntil15th }).find((w) => w.kind === kind)
  if (!window) throw new Error(`No ${kind} window`)
  return window
}

/** This season's greetings as follow-ups, due the window's last day; made once per person. */
export function makeSeasonalGreetings(ctx: ServiceContext): number {
  const today = todayOf(ctx)
  const year = Number(today.slice(0, 4))
  const windows = seasonsOn(today, { nenshiUntil15th: getSettings(ctx).nenshiUntil15th })
  if (windows.length === 0) return 0
  const signer = signerOf(ctx)
  const stamp = nowIso(ctx.clock)
  const everyone = ctx.db.select().from(people).where(isNull(people.deletedAt)).all()
  const sentShochu = new Set(
    ctx.db
      .select({ personId: followups.personId })
      .from(followups)
      .where(and(eq(followups.status, 'sent'), like(followups.sourceKey, `${seasonalKey('shochu', year)}%`)))
      .all()
      .map((row) => row.personId)
  )
  let made = 0
  for (const window of windows) {
    const language = greetingLanguage(window.kind)
    for (const person of everyone) {
      if (!receivesGreeting(window.kind, year, person, sentShochu.has(person.id))) continue
      const draft = seasonalDraft(window.kind, year, person, mourningFor(window.kind, year, person.mourningYear))
      made += ctx.db
        .insert(followups)
        .values({
          id: newId(),
          personId: person.id,
          kind: 'seasonal_greeting',
          title: seasonTitles[window.kind],
          draft: signDraft(draft, language, signer),
          language,
          dueOn: window.to,
          originalDueOn: window.to,
          status: 'pending',
          sourceKey: seasonalKey(window.kind, year, person.id),
          createdAt: stamp,
          updatedAt: stamp
        })
        .onConflictDoNothing()
        .run().changes
    }
  }
  return made
}

const greetingsOf = (ctx: ServiceContext, kind: SeasonalKind, year: number) =>
  selectFollowups(ctx, and(eq(followups.kind, 'seasonal_greeting'), like(followups.sourceKey, `${seasonalKey(kind, year)}%`)))

/** A season's list: every greeting made for it, pending first, in reading order. */
export function seasonalList(ctx: ServiceContext, { kind, year }: ParsedInput<'seasonal.list'>): Output<'seasonal.list'> {
  const { from, to } = windowOf(ctx, kind, year)
  const items = greetingsOf(ctx, kind, year).sort(
    (a, b) => Number(a.status !== 'pending') - Number(b.status !== 'pending') || sortKey(a.person).localeCompare(sortKey(b.person), 'ja')
  )
  return { kind, year, from, to, items }
}

/** Marks every greeting still pending in a season as sent, each logged on its person's timeline. */
export function markSeasonSent(ctx: ServiceContext, { kind, year }: ParsedInput<'seasonal.markAllSent'>): { sent: number } {
  const pending = greetingsOf(ctx, kind, year).filter((item) => item.status === 'pending')
  ctx.sqlite.transaction(() => {
    for (const item of pending) markSent(ctx, item.id)
  })()
  return { sent: pending.length }
}

/** Names and postal addresses of a season's recipients, for label printing. */
export function seasonalCsv(ctx: ServiceContext, { kind, year }: ParsedInput<'seasonal.csv'>): Output<'seasonal.csv'> {
  const items = seasonalList(ctx, { kind, year }).items
  const rows = ctx.db.select({ id: people.id, company: people.company, postalAddress: people.postalAddress }).from(people).all()
  const byId = new Map(rows.map((row) => [row.id, row]))
  const header = ['name', 'reading', 'honorific', 'company', 'postal_address']
  const lines = items.map((item) => {
    const row = byId.get(item.personId)
    return [displayName(item.person), displayReading(item.person), item.language === 'ja' ? '様' : '', row?.company ?? '', row?.postalAddress ?? '']
  })
  return { fileName: `engawa-${kind}-${year}.csv`, text: toCsv([header, ...lines]) }
}

/** Seasons open today that have greetings, for Today's one quiet line each. */
export function seasonsToday(ctx: ServiceContext): { kind: SeasonalKind; year: number; to: string; pending: number }[] {
  const today = todayOf(ctx)
  const year = Number(today.slice(0, 4))
  return seasonsOn(today, { nenshiUntil15th: getSettings(ctx).nenshiUntil15th })
    .map((window) => ({ kind: window.kind, year, to: window.to, pending: greetingsOf(ctx, window.kind, year).filter((item) => item.status === 'pending').length }))
    .filter((season) => season.pending > 0)
}
