import type { Language } from '../../../shared/domain/people'
import { fileNamer } from '../../../shared/domain/file-names'
import { localDateOf } from '../../../shared/domain/dates'
import { icsCalendar } from '../../../shared/domain/ics'
import { eventSheet, sheetTitle } from '../../export/event-page'
import type { ServiceContext } from '../context'
import { getEvent } from './queries'

/** A file name from the event's date and name, made safe the way the vault's are. */
function fileName(ctx: ServiceContext, id: string, startsAt: string, name: string, suffix: string, extension: string): string {
  const date = localDateOf(new Date(startsAt), ctx.clock.timeZone())
  return fileNamer(extension)(id, `${date} ${name}${suffix}`)
}

/** The prep sheet as a Markdown file, in the language the user reads the app in. */
export function eventSheetMarkdown(ctx: ServiceContext, id: string, language: Language): { fileName: string; text: string } {
  const event = getEvent(ctx, id)
  return {
    fileName: fileName(ctx, id, event.startsAt, event.name, ` ${sheetTitle(language)}`, '.md'),
    text: eventSheet(event, language, ctx.clock.timeZone())
  }
}

/** The event as an .ics file for the user's own calendar; the same UID on every export. */
export function eventIcs(ctx: ServiceContext, id: string): { fileName: string; text: string } {
  const event = getEvent(ctx, id)
  const text = icsCalendar(
    {
      uid: `event-${event.id}@engawa.local`,
      stamp: ctx.clock.now(),
      start: new Date(event.startsAt),
      end: new Date(event.endsAt),
      summary: event.name,
      location: event.place,
      description: event.goals.map((goal) => `- ${goal.text}`).join('\n'),
      url: event.link,
      // Seconds since creation grow with every edit, so a calendar takes a re-import as newer.
      sequence: Math.max(0, Math.floor((Date.parse(event.updatedAt) - Date.parse(event.createdAt)) / 1000)),
      lastModified: new Date(event.updatedAt),
      cancelled: false
    },
    `-//Engawa//Engawa ${ctx.version}//EN`
  )
  return { fileName: fileName(ctx, id, event.startsAt, event.name, '', '.ics'), text }
}
