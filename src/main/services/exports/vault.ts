import { AppFailure } from '../../../shared/api/result'
import { localDateOf } from '../../../shared/domain/dates'
import type { Language } from '../../../shared/domain/people'
import type { JobContext } from '../../jobs/runner'
import { followupsPage, indexPage, topicsPage } from '../../export/list-pages'
import { meetingPage } from '../../export/meeting-page'
import { personPage } from '../../export/person-page'
import { vaultPaths, type VaultStyle } from '../../export/types'
import { openVault, type VaultWriter } from '../../export/vault-writer'
import { vaultWords } from '../../export/words'
import type { ServiceContext } from '../context'
import { eventSheet } from '../../export/event-page'
import { wikiLink } from '../../export/text'
import { getEvent } from '../events/queries'
import { loadFollowups, loadMeetingsPage, loadPeoplePage, loadTopics, nameEvents, nameMeetings, namePeople, type MeetingRef } from './read'

/** People (or meetings) read from the database at a time. */
export const exportPageSize = 50
// Work between two yields to the event loop: well under the 50 ms a click may wait.
const sliceMs = 12

export interface VaultResult {
  folder: string
  written: number
  unchanged: number
  keptUserEdits: number
}

/** Yields to the event loop once a slice of time is used up, and stops there if cancelled. */
export function pacer(signal: AbortSignal): (now?: boolean) => Promise<void> {
  let since = performance.now()
  // `now`: yield even early, before a page is read (a read is one block of its own).
  return async (now = false) => {
    if (!now && performance.now() - since < sliceMs) return
    await new Promise((resolve) => setImmediate(resolve))
    if (signal.aborted) throw new AppFailure('CANCELLED', 'Cancelled')
    since = performance.now()
  }
}

// Files written at once: the disk works on a few while the event loop stays free.
const writesAtOnce = 8

async function writeAll(vault: VaultWriter, files: readonly [string, string][]): Promise<void> {
  for (let i = 0; i < files.length; i += writesAtOnce) {
    await Promise.all(files.slice(i, i + writesAtOnce).map(([path, content]) => vault.write(path, content)))
  }
}

function pages<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = []
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size))
  return result
}

/**
 * Writes the whole vault into `folder`: people, one-on-ones, events, follow-ups, topics and the index.
 * Reads a page at a time and yields between slices, so the app stays responsive throughout.
 */
export async function exportVault(ctx: ServiceContext, folder: string, language: Language, job: JobContext): Promise<VaultResult> {
  const style: VaultStyle = { language, words: vaultWords[language], timeZone: ctx.clock.timeZone() }
  const vault = openVault(folder, localDateOf(ctx.clock.now(), style.timeZone))
  const pace = pacer(job.signal)
  try {
    const named = await namePeople(ctx, pace)
    const byId = new Map(named.map((person) => [person.id, person]))
    const meetingRefs = await nameMeetings(ctx, byId, pace)
    const meetingsOf = new Map<string, MeetingRef[]>()
    for (const ref of meetingRefs) meetingsOf.set(ref.personId, [...(meetingsOf.get(ref.personId) ?? []), ref])
    await pace()

    let done = 0
    job.progress('people', 0, named.length)
    for (const ids of pages(named.map((person) => person.id), exportPageSize)) {
      await pace(true)
      const files: [string, string][] = []
      for (const { person, timeline } of await loadPeoplePage(ctx, ids, () => pace(true))) {
        files.push([`${byId.get(person.id)?.path ?? ''}.md`, personPage(person, timeline, meetingsOf.get(person.id) ?? [], style)])
        await pace()
      }
      await writeAll(vault, files)
      job.progress('people', (done += files.length), named.length)
    }

    done = 0
    job.progress('meetings', 0, meetingRefs.length)
    for (const refs of pages(meetingRefs, exportPageSize)) {
      await pace(true)
      const files: [string, string][] = []
      for (const meeting of loadMeetingsPage(ctx, refs, byId)) {
        files.push([`${meeting.path}.md`, meetingPage(meeting, style)])
        await pace()
      }
      await writeAll(vault, files)
      job.progress('meetings', (done += files.length), meetingRefs.length)
    }

    // Prep sheets (and reflections) of events: a handful, each read whole.
    const eventRefs = nameEvents(ctx)
    job.progress('events', 0, eventRefs.length)
    for (const [index, ref] of eventRefs.entries()) {
      await pace(true)
      const sheet = eventSheet(getEvent(ctx, ref.id), language, style.timeZone, (personId, name) => {
        const person = byId.get(personId)
        return person ? wikiLink(person.path, name) : name
      })
      await vault.write(`${ref.path}.md`, sheet)
      job.progress('events', index + 1, eventRefs.length)
    }

    job.progress('followups', 0, 2)
    await vault.write(`${vaultPaths.followups}.md`, followupsPage(loadFollowups(ctx, byId), style))
    await pace()
    await vault.write(`${vaultPaths.topics}.md`, topicsPage(loadTopics(ctx), style))
    job.progress('index', 0, 1)
    await pace()
    await vault.write(`${vaultPaths.index}.md`, indexPage(named, meetingRefs, eventRefs, style))
    job.progress('index', 1, 1)
    return { folder: vault.root, ...vault.summary() }
  } finally {
    // Even a cancelled export records what it wrote, so the next one can still update those files.
    await vault.saveManifest()
  }
}
