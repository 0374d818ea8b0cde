import { noteSections } from '../../shared/domain/meetings'
import { blocks, bullets, localDate, oneLine, page, wikiLink, withOffset } from './text'
import type { VaultMeeting, VaultStyle } from './types'

export function meetingFrontMatter(meeting: VaultMeeting, style: VaultStyle): Record<string, unknown> {
  return {
    id: meeting.id,
    person: wikiLink(meeting.personPath),
    date: localDate(meeting.startsAt ?? meeting.createdAt, style.timeZone),
    starts_at: meeting.startsAt ? withOffset(meeting.startsAt, style.timeZone) : null,
    format: meeting.format,
    place: meeting.place,
    link: meeting.link,
    purpose: meeting.purpose,
    status: meeting.status
  }
}

/** `One-on-ones/<date> <name>.md`: who, when, the plan, the questions and the listening notes as written. */
export function meetingPage(meeting: VaultMeeting, style: VaultStyle): string {
  const w = style.words
  const when = meeting.startsAt ? withOffset(meeting.startsAt, style.timeZone).slice(0, 16).replace('T', ' ') : ''
  const plan = bullets([
    `${w.people}: ${wikiLink(meeting.personPath, meeting.personName)}`,
    meeting.purpose && `${w.purpose}: ${meeting.purpose}`,
    `${w.format}: ${w.formats[meeting.format]} · ${w.statuses[meeting.status]}`,
    when && `${w.when}: ${when}`,
    meeting.place && `${w.place}: ${meeting.place}`,
    meeting.link && `<${oneLine(meeting.link)}>`
  ])
  // Each listening section is kept as the user wrote it.
  const listening = noteSections
    .filter((key) => meeting[key].trim() !== '')
    .map((key) => `### ${w.sections[key]}\n\n${meeting[key]}`)
  const title = `# ${localDate(meeting.startsAt ?? meeting.createdAt, style.timeZone)} ${oneLine(meeting.personName)}`
  const body = blocks(
    title,
    `## ${w.plan}\n\n${plan}`,
    meeting.questions.length ? `## ${w.questions}\n\n${bullets(meeting.questions.map((q) => q.text))}` : '',
    listening.length ? `## ${w.listening}\n\n${listening.join('\n\n')}` : ''
  )
  return page(meetingFrontMatter(meeting, style), body)
}
