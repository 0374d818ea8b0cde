import { z } from 'zod'
import { defaultReconnectsPerDay } from '../domain/reconnect'
import { languageChoices, themes } from '../domain/settings'
import { limits } from './limits'
import { readsOnly } from './procedure'

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Expected a time as HH:MM')

export const settings = z.object({
  language: z.enum(languageChoices),
  theme: z.enum(themes),
  motion: z.boolean(),
  onboarded: z.boolean(),
  reminderTime: clockTime,
  quietHours: z.object({ start: clockTime, end: clockTime }),
  closeToTray: z.boolean(),
  launchAtLogin: z.boolean(),
  /** 松の内 (New Year greetings) until 15 January, as in much of Kansai, rather than the 7th. */
  nenshiUntil15th: z.boolean(),
  /** Signs every generated draft; a signature in the draft's language replaces the name. */
  userName: z.string().trim().max(limits.shortText),
  signatures: z.object({ ja: z.string().max(limits.mediumText), en: z.string().max(limits.mediumText) }),
  /** How many reconnect suggestions a day at most; the rest are spread over the following days. */
  reconnectsPerDay: z.number().int().min(0).max(10)
})
export type Settings = z.infer<typeof settings>

export const defaultSettings: Settings = {
  language: 'system',
  theme: 'system',
  motion: false,
  onboarded: false,
  reminderTime: '18:00',
  quietHours: { start: '22:00', end: '08:00' },
  closeToTray: true,
  launchAtLogin: false,
  nenshiUntil15th: false,
  userName: '',
  signatures: { ja: '', en: '' },
  reconnectsPerDay: defaultReconnectsPerDay
}

export const settingsProcedures = {
  'settings.get': { input: z.object({}), output: settings, changes: readsOnly },
  'settings.update': { input: settings.partial(), output: settings, changes: ['settings'] }
} as const
