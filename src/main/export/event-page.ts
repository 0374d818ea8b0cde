import type { EventView } from '../../shared/api/events'
import { localDateTimeOf } from '../../shared/domain/dates'
import type { EventKind, GoalOutcome } from '../../shared/domain/events'
import type { TopicKind } from '../../shared/domain/meetings'
import { displayName } from '../../shared/domain/names'
import { suggestOpeners } from '../../shared/domain/openers'
import type { Language } from '../../shared/domain/people'
import { blocks, bullets, oneLine, page, withOffset } from './text'

/** The prep sheet's words; the renderer's i18n is not shipped to main. */
interface SheetWords {
  prepSheet: string
  when: string
  place: string
  targets: string
  research: string
  commonTopics: string
  openers: string
  topics: string
  goals: string
  energy: string
  arriveAt: string
  leaveBy: string
  breakPlan: string
  recovery: string
  quietPlace: string
  alsoThere: string
  reflection: string
  energyLeft: string
  whoIMet: string
  kinds: Record<EventKind, string>
  outcomes: Record<GoalOutcome, string>
}

const sheetWords: Record<Language, SheetWords> = {
  en: {
    prepSheet: 'Prep sheet',
    when: 'When',
    place: 'Where',
    targets: 'People to talk with',
    research: 'What I know',
    commonTopics: 'In common',
    openers: 'Openers',
    topics: 'Topics I bring',
    goals: 'Goals',
    energy: 'Energy plan',
    arriveAt: 'Arrive at',
    leaveBy: 'Leave by',
    breakPlan: 'Break',
    recovery: 'Afterwards',
    quietPlace: 'Quiet place',
    alsoThere: 'Also there',
    reflection: 'Looking back',
    energyLeft: 'Energy left',
    whoIMet: 'Who I met',
    kinds: { conference: 'Conference', meetup: 'Meetup', study_group: 'Study group', online: 'Online' },
    outcomes: { met: 'met', partly: 'partly', not: 'not yet' }
  },
  ja: {
    prepSheet: '準備シート',
    when: '日時',
    place: '場所',
    targets: '話したい人',
    research: '調べたこと',
    commonTopics: '共通の話題',
    openers: '話しかけ方',
    topics: '持っていく話題',
    goals: '目標',
    energy: 'エネルギーの計画',
    arriveAt: '到着',
    leaveBy: '退出',
    breakPlan: '休憩',
    recovery: '終わったあと',
    quietPlace: '静かな場所',
    alsoThere: 'ほかの参加者',
    reflection: 'ふりかえり',
    energyLeft: '残っている元気',
    whoIMet: '会った人',
    kinds: { conference: 'カンファレンス', meetup: 'ミートアップ', study_group: '勉強会', online: 'オンライン' },
    outcomes: { met: '達成', partly: '一部', not: 'まだ' }
  }
}

/** "2026-12-05 19:00–21:30", in the user's zone; the end's date only when it differs. */
export function eventWhen(event: Pick<EventView, 'startsAt' | 'endsAt'>, timeZone: string): string {
  const start = localDateTimeOf(new Date(event.startsAt), timeZone).replace('T', ' ')
  const end = localDateTimeOf(new Date(event.endsAt), timeZone).replace('T', ' ')
  return `${start}–${end.slice(0, 10) === start.slice(0, 10) ? end.slice(11) : end}`
}

/**
 * The prep sheet as Markdown: one page to read on the way. Targets with research and two openers
 * each (from their interests and the user's topics), goals, and the energy plan; front matter
 * as in the vault, so the file can join it.
 */
export function eventSheet(event: EventView, language: Language, timeZone: string, personLink?: (personId: string, name: string) => string): string {
  const w = sheetWords[language]
  // In the vault a name links to the person's page; alone, the sheet shows plain names.
  const nameOf = (person: EventView['attendees'][number]['person']) => (personLink ? personLink(person.id, displayName(person)) : oneLine(displayName(person)))
  const topics = event.topics.map((topic) => ({ kind: topic.kind as TopicKind, title: topic.title }))
  const targets = event.attendees.filter((a) => a.target)
  const others = event.attendees.filter((a) => a.attending && !a.target)
  const targetBlocks = targets.map((attendee) => {
    const openers = suggestOpeners(attendee.person, topics, language)
    return blocks(
      `### ${nameOf(attendee.person)}${attendee.person.headline ? ` — ${oneLine(attendee.person.headline)}` : ''}`,
      attendee.research.trim() ? `**${w.research}**\n\n${attendee.research.trim()}` : '',
      attendee.commonTopics.trim() ? `**${w.commonTopics}**: ${oneLine(attendee.commonTopics)}` : '',
      `**${w.openers}**\n\n${bullets(openers)}`
    )
  })
  const energy = bullets(
    [
      [w.arriveAt, event.arriveAt],
      [w.leaveBy, event.leaveBy],
      [w.breakPlan, event.breakPlan],
      [w.recovery, event.recovery],
      [w.quietPlace, event.quietPlace]
    ]
      .filter(([, value]) => (value ?? '').trim() !== '')
      .map(([label, value]) => `${label}: ${value}`)
  )
  const goals = bullets(event.goals.map((goal) => (goal.outcome ? `${goal.text} (${w.outcomes[goal.outcome]})` : goal.text)))
  const body = blocks(
    `# ${oneLine(event.name)}`,
    bullets([
      `${w.kinds[event.kind]} · ${w.when}: ${eventWhen(event, timeZone)}`,
      event.place && `${w.place}: ${oneLine(event.place)}`,
      event.link && `<${oneLine(event.link)}>`
    ]),
    goals && `## ${w.goals}\n\n${goals}`,
    targetBlocks.length ? `## ${w.targets}\n\n${targetBlocks.join('\n\n')}` : '',
    event.topics.length ? `## ${w.topics}\n\n${bullets(event.topics.map((topic) => topic.title))}` : '',
    energy && `## ${w.energy}\n\n${energy}`,
    others.length ? `## ${w.alsoThere}\n\n${bullets(others.map((a) => nameOf(a.person)))}` : '',
    event.reflectedAt ? reflectionSection(event, w, nameOf) : ''
  )
  return page(
    {
      id: event.id,
      name: event.name,
      kind: event.kind,
      starts_at: withOffset(event.startsAt, timeZone),
      ends_at: withOffset(event.endsAt, timeZone),
      place: event.place,
      link: event.link,
      goals: event.goals.map((goal) => goal.text),
      targets: targets.map((a) => (personLink ? personLink(a.person.id, displayName(a.person)) : displayName(a.person)))
    },
    body
  )
}

/** After the event: energy, whom the user met and what about, and their note as written. */
function reflectionSection(event: EventView, w: SheetWords, nameOf: (person: EventView['attendees'][number]['person']) => string): string {
  const met = event.attendees.filter((a) => a.met)
  return blocks(
    `## ${w.reflection}`,
    event.energy !== null ? `${w.energyLeft}: ${event.energy}/5` : '',
    met.length ? `### ${w.whoIMet}\n\n${bullets(met.map((a) => (a.talkedAbout ? `${nameOf(a.person)}: ${oneLine(a.talkedAbout)}` : nameOf(a.person))))}` : '',
    event.reflection
  )
}

export const sheetTitle = (language: Language): string => sheetWords[language].prepSheet
