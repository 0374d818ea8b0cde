import { displayName, displayReading, isFamilyFirst } from '../../shared/domain/names'
import type { InteractionKind } from '../../shared/domain/people'
import { blocks, bullets, localDate, oneLine, page, section, wikiLink } from './text'
import type { VaultInteraction, VaultMeeting, VaultPerson, VaultStyle } from './types'

/** The name in the other order, for Obsidian's `aliases` (so both spellings find the page). */
function aliasesOf(person: VaultPerson): string[] {
  const shown = displayName(person)
  const other = isFamilyFirst(person)
    ? [person.givenName, person.familyName].filter((p) => p.trim()).join(' ')
    : [person.familyName, person.givenName].filter((p) => p.trim()).join(' ')
  const reading = displayReading(person)
  return [...new Set([other, reading].filter((alias) => alias !== '' && alias !== shown))]
}

export function personFrontMatter(person: VaultPerson): Record<string, unknown> {
  return {
    id: person.id,
    name: displayName(person),
    family_name: person.familyName,
    given_name: person.givenName,
    reading: displayReading(person),
    family_name_reading: person.familyNameKana,
    given_name_reading: person.givenNameKana,
    aliases: aliasesOf(person),
    company: person.company,
    department: person.department,
    role: person.headline,
    email: person.email,
    links: { ...person.links },
    tags: [...person.tags],
    stage: person.stage,
    cadence_days: person.cadenceDays,
    last_contact: person.lastContactAt,
    next_contact: person.nextContactOn,
    milestones: person.milestones.map((m) => ({ kind: m.kind, date: m.date, note: m.note })),
    mourning_year: person.mourningYear
  }
}

function profile(person: VaultPerson, style: VaultStyle): string {
  const w = style.words
  const facts = [
    person.headline && `${w.headline}: ${oneLine(person.headline)}`,
    [person.company, person.department].some(Boolean) && `${w.company}: ${oneLine([person.company, person.department].filter(Boolean).join(' / '))}`,
    person.email && `${w.email}: ${oneLine(person.email)}`,
    `${w.stage}: ${w.stages[person.stage]}`,
    ...Object.entries(person.links).filter(([, url]) => url).map(([kind, url]) => `${kind}: <${oneLine(url ?? '')}>`)
  ].filter((fact): fact is string => typeof fact === 'string' && fact !== '')
  const list = (heading: string, items: string[]) => (items.length ? `### ${heading}\n\n${bullets(items)}` : '')
  const met = blocks(person.metHow, [oneLine(person.metWhere), person.metOn ?? ''].filter(Boolean).join(' · '))
  return blocks(
    bullets(facts),
    list(w.expertise, person.expertise),
    list(w.interests, person.interests),
    list(w.challenges, person.challenges),
    met && `### ${w.howWeMet}\n\n${met}`
  )
}

function timeline(entries: readonly VaultInteraction[], meetingPaths: ReadonlyMap<string, string>, style: VaultStyle): string {
  return entries
    .map((entry) => {
      const kind = style.words.interactionKinds[entry.kind as InteractionKind] ?? entry.kind
      const meetingPath = entry.sourceKind === 'meeting' && entry.sourceId ? meetingPaths.get(entry.sourceId) : undefined
      const heading = `### ${localDate(entry.occurredAt, style.timeZone)} · ${kind}`
      const summary = meetingPath ? `${wikiLink(meetingPath)} ${oneLine(entry.summary)}` : oneLine(entry.summary)
      return blocks(heading, summary, entry.url && `<${oneLine(entry.url)}>`, entry.body)
    })
    .join('\n\n')
}

/**
 * `People/<name>.md`: front matter, the profile, the free notes exactly as written, the person's
 * one-on-ones and the timeline, newest first, each meeting a link to its page.
 */
export function personPage(
  person: VaultPerson,
  entries: readonly VaultInteraction[],
  meetings: readonly Pick<VaultMeeting, 'id' | 'path' | 'startsAt' | 'createdAt' | 'purpose'>[],
  style: VaultStyle
): string {
  const w = style.words
  const meetingPaths = new Map(meetings.map((m) => [m.id, m.path]))
  const newestFirst = [...meetings].sort((a, b) => (b.startsAt ?? b.createdAt).localeCompare(a.startsAt ?? a.createdAt))
  const milestones = person.milestones.map((m) => `${m.date} ${m.kind}${m.note ? ` ${m.note}` : ''}`)
  const head = blocks(
    `# ${oneLine(displayName(person)) || person.id}`,
    section(w.profile, profile(person, style)),
    section(w.milestones, bullets(milestones))
  )
  const tail = blocks(
    section(w.oneOnOnes, newestFirst.map((m) => `- ${wikiLink(m.path)}${m.purpose ? ` ${oneLine(m.purpose)}` : ''}`).join('\n')),
    section(w.timeline, timeline(entries, meetingPaths, style))
  )
  // The notes go in untouched, not through `blocks`: the user's Markdown, byte for byte.
  const notes = person.notes === '' ? '' : `## ${w.notes}\n\n${person.notes}\n\n`
  const body = `${head}\n\n${notes}${tail}`
  return page(personFrontMatter(person), body)
}
