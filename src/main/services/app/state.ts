import { eq } from 'drizzle-orm'
import { settings } from '../../db/schema'
import { nowIso, type ServiceContext } from '../context'

// Bookkeeping the app keeps for itself beside the user's settings (which ignore unknown keys).
const keys = { lastReminderOn: 'state.lastReminderOn', lastAutoBackupOn: 'state.lastAutoBackupOn' } as const

export function lastReminderOn(ctx: ServiceContext): string | null {
  const row = ctx.db.select().from(settings).where(eq(settings.key, keys.lastReminderOn)).get()
  return typeof row?.value === 'string' ? row.value : null
}

export function recordReminder(ctx: ServiceContext, day: string): void {
  const now = nowIso(ctx.clock)
  ctx.db
    .insert(settings)
    .values({ key: keys.lastReminderOn, value: day, updatedAt: now })
    .onConflictDoUpdate({ target: settings.key, set: { value: day, updatedAt: now } })
    .run()
}

export function lastAutoBackupOn(ctx: ServiceContext): string | null {
  const row = ctx.db.select().from(settings).where(eq(settings.key, keys.lastAutoBackupOn)).get()
  return typeof row?.value === 'string' ? row.value : null
}

export function recordAutoBackup(ctx: ServiceContext, day: string): void {
  const now = nowIso(ctx.clock)
  ctx.db
    .insert(settings)
    .values({ key: keys.lastAutoBackupOn, value: day, updatedAt: now })
    .onConflictDoUpdate({ target: settings.key, set: { value: day, updatedAt: now } })
    .run()
}
