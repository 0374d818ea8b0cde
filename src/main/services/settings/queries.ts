import type { Signer } from '../../../shared/domain/drafts'
import { defaultSettings, settings as settingsSchema, type Settings } from '../../../shared/api/settings'
import { settings } from '../../db/schema'
import type { ServiceContext } from '../context'

/** Stored settings over the defaults; a value that no longer parses falls back to its default. */
export function getSettings(ctx: ServiceContext): Settings {
  const stored: Record<string, unknown> = {}
  for (const row of ctx.db.select().from(settings).all()) stored[row.key] = row.value
  const result: Record<string, unknown> = { ...defaultSettings }
  for (const key of Object.keys(defaultSettings) as (keyof Settings)[]) {
    if (!(key in stored)) continue
    const parsed = settingsSchema.shape[key].safeParse(stored[key])
    if (parsed.success) result[key] = parsed.data
  }
  return result as Settings
}

/** Who signs generated drafts, from the settings. */
export function signerOf(ctx: ServiceContext): Signer {
  const { userName, signatures } = getSettings(ctx)
  return { userName, signatures }
}
