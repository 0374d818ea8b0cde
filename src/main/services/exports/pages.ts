import type { MarkdownFile } from '../../../shared/api/exports'
import { AppFailure } from '../../../shared/api/result'
import type { Language } from '../../../shared/domain/people'
import { meetingPage } from '../../export/meeting-page'
import { personPage } from '../../export/person-page'
import type { VaultStyle } from '../../export/types'
import { vaultWords } from '../../export/words'
import type { ServiceContext } from '../context'
import { defaultSampleLanguage } from '../sample/load'
import { loadMeetingsPage, loadPeoplePage, nameMeetings, namePeople, type MeetingRef, type NamedPerson } from './read'
import { pacer } from './vault'

interface PageInput {
  id: string
  language?: Language | undefined
}

// A single page is never cancelled; the pacer only yields while the names are read.
const uncancelled = new AbortController().signal

/**
 * Every page's name as the vault gives it: the same naming pass as the export, so one page's
 * file name and its wiki links are exactly those of the vault (two people with one name included).
 */
async function vaultNames(ctx: ServiceContext): Promise<{ byId: Map<string, NamedPerson>; meetings: MeetingRef[] }> {
  const pace = pacer(uncancelled)
  const named = await namePeople(ctx, pace)
  const byId = new Map(named.map((person) => [person.id, person]))
  return { byId, meetings: await nameMeetings(ctx, byId, pace) }
}

function styleOf(ctx: ServiceContext, language: Language | undefined): VaultStyle {
  // The UI's language, as for the vault; left out, the stored setting or the system's.
  const chosen = language ?? defaultSampleLanguage(ctx)
  return { language: chosen, words: vaultWords[chosen], timeZone: ctx.clock.timeZone() }
}

const fileNameOf = (path: string) => `${path.slice(path.lastIndexOf('/') + 1)}.md`

/** A person's vault page, rendered by the vault's own `personPage`. */
export async function personMarkdown(ctx: ServiceContext, input: PageInput): Promise<MarkdownFile> {
  const { byId, meetings } = await vaultNames(ctx)
  const named = byId.get(input.id)
  if (!named) throw new AppFailure('NOT_FOUND', 'No such person outside the trash')
  const [loaded] = await loadPeoplePage(ctx, [input.id], () => Promise.resolve())
  if (!loaded) throw new AppFailure('NOT_FOUND', 'No such person outside the trash')
  const theirs = meetings.filter((ref) => ref.personId === input.id)
  return { fileName: fileNameOf(named.path), text: personPage(loaded.person, loaded.timeline, theirs, styleOf(ctx, input.language)) }
}

/** A one-on-one's vault page, rendered by the vault's own `meetingPage`. */
export async function meetingMarkdown(ctx: ServiceContext, input: PageInput): Promise<MarkdownFile> {
  const { byId, meetings } = await vaultNames(ctx)
  const ref = meetings.find((meeting) => meeting.id === input.id)
  // Not named: unknown, or its person is in the trash (the vault leaves those out too).
  const [meeting] = ref ? loadMeetingsPage(ctx, [ref], byId) : []
  if (!ref || !meeting) throw new AppFailure('NOT_FOUND', 'No such one-on-one, or its person is in the trash')
  return { fileName: fileNameOf(ref.path), text: meetingPage(meeting, styleOf(ctx, input.language)) }
}
