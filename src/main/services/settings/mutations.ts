import type { Settings } from '../../../shared/api/settings'
import { settings } from '../../db/schema'
import { nowIso, type ServiceContext } from '../context'
import { getSettings } from './queries'

export function updateSettings(ctx: ServiceContext, patch: Partial<Settings>): Settings {
  const now = nowIso(ctx.clock)
  ctx.sqlite.transaction(() => {
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) continue
      ctx.db
        .insert(settings)
        .values({ key, value, updatedAt: now })
        .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: now } })
        .run()
    }
  })()
  return getSettings(ctx)
}
