import type { ChangeArea } from '../../shared/api/areas'
import { displayName } from '../../shared/domain/names'
import { reminderDue, trayModel } from '../../shared/domain/reminders'
import type { Core } from '../core'
import { lastReminderOn, recordReminder } from '../services/app/state'
import { pendingThankYous, todayOf } from '../services/followups/queries'
import { getSettings } from '../services/settings/queries'
import type { EngawaTray } from './tray'
import { desktopLanguage, desktopWords } from './tray-words'

export interface ReminderDeps {
  core: Pick<Core, 'ctx' | 'push'>
  tray: EngawaTray | null
  notify: (title: string, body: string, onClick: () => void) => boolean
  systemLocale: () => string
  /** A click on the reminder shows the thank-you it named. */
  openThankYou: (id: string) => void
  timers?: { setInterval: typeof setInterval; clearInterval: typeof clearInterval }
  /** Makes the day's aftercare follow-ups (through dispatch); asked once per local day. */
  daily?: () => void
}

const trayAreas = new Set<ChangeArea>(['followups', 'people', 'settings'])

// Once a minute is enough for a reminder time given in minutes, and cheap: two small queries.
const tickMs = 60_000

/** Keeps the tray in step with pending thank-yous and shows the one daily reminder when it is due. */
export function startReminders(deps: ReminderDeps): () => void {
  const { ctx, push } = deps.core
  const timers = deps.timers ?? { setInterval, clearInterval }

  const refresh = () => {
    const settings = getSettings(ctx)
    const words = desktopWords[desktopLanguage(settings.language, deps.systemLocale())]
    const pending = pendingThankYous(ctx)
    const people = pending.map((item) => ({ id: item.id, name: displayName(item.person), dueOn: item.dueOn }))
    deps.tray?.update(trayModel(people, todayOf(ctx), words), words)
    return { settings, words, people }
  }

  let dailyOn: string | null = null
  const tick = () => {
    // Once a day, not on every push: the pass announces a change, which would bring us back here.
    const today = todayOf(ctx)
    if (deps.daily && dailyOn !== today) {
      dailyOn = today
      deps.daily()
    }
    const { settings, words, people } = refresh()
    const day = reminderDue({
      now: ctx.clock.now(),
      timeZone: ctx.clock.timeZone(),
      reminderTime: settings.reminderTime,
      quietHours: settings.quietHours,
      lastNotifiedOn: lastReminderOn(ctx),
      pendingThankYous: people.length
    })
    const first = people[0]
    // While an import holds the file the day cannot be recorded: remind on a later tick instead.
    if (!day || !first || ctx.writes.closed) return
    if (deps.notify(words.reminderTitle, words.reminderBody(people.length, first.name), () => deps.openThankYou(first.id))) {
      recordReminder(ctx, day)
    }
  }

  // What the tray shows reads thank-yous, names and settings; notes saved as the user types change none.
  const onChanged = ({ areas }: { areas: ChangeArea[] }) => {
    if (areas.some((area) => trayAreas.has(area))) refresh()
  }
  push.on('changed', onChanged)
  const timer = timers.setInterval(tick, tickMs)
  tick()
  return () => {
    timers.clearInterval(timer)
    push.off('changed', onChanged)
  }
}
