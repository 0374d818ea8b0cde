import { topicKinds } from '../../shared/domain/meetings'
import { blocks, localDate, oneLine, page, wikiLink } from './text'
import { vaultPaths, type VaultFollowup, type VaultStyle, type VaultTopic } from './types'

function taskLine(followup: VaultFollowup, style: VaultStyle): string {
  const title = oneLine(followup.title) || style.words.followupKinds[followup.kind]
  const who = wikiLink(followup.personPath, followup.personName)
  if (followup.status === 'pending') return `- [ ] ${title} ${who} 📅 ${followup.dueOn}`
  const doneOn = followup.doneAt ? localDate(followup.doneAt, style.timeZone) : followup.dueOn
  // Obsidian Tasks: `[x]` done with ✅, `[-]` cancelled with ❌ for a dismissed one.
  return followup.status === 'sent' ? `- [x] ${title} ${who} 📅 ${followup.dueOn} ✅ ${doneOn}` : `- [-] ${title} ${who} 📅 ${followup.dueOn} ❌ ${doneOn}`
}

/** `Follow-ups.md`: open ones as Tasks lines grouped by due date (soonest first), the rest below. */
export function followupsPage(followups: readonly VaultFollowup[], style: VaultStyle): string {
  const w = style.words
  const open = followups.filter((f) => f.status === 'pending').sort((a, b) => a.dueOn.localeCompare(b.dueOn))
  const closed = followups.filter((f) => f.status !== 'pending').sort((a, b) => (b.doneAt ?? b.dueOn).localeCompare(a.doneAt ?? a.dueOn))
  const byDate = new Map<string, string[]>()
  for (const followup of open) byDate.set(followup.dueOn, [...(byDate.get(followup.dueOn) ?? []), taskLine(followup, style)])
  const groups = [...byDate].map(([date, lines]) => `### ${date}\n\n${lines.join('\n')}`)
  const body = blocks(
    `# ${w.followups}`,
    groups.length ? `## ${w.open}\n\n${groups.join('\n\n')}` : '',
    closed.length ? `## ${w.done}\n\n${closed.map((f) => taskLine(f, style)).join('\n')}` : ''
  )
  return page({ open: open.length, done: closed.length }, body)
}

/** `Topics.md`: the user's talking points by kind, each body as written. */
export function topicsPage(topics: readonly VaultTopic[], style: VaultStyle): string {
  const w = style.words
  const parts = topicKinds.map((kind) => {
    const ofKind = topics.filter((t) => t.kind === kind)
    if (ofKind.length === 0) return ''
    return `## ${w.topicKinds[kind]}\n\n${ofKind.map((t) => blocks(`### ${oneLine(t.title)}`, t.body)).join('\n\n')}`
  })
  return page({ topics: topics.length }, blocks(`# ${w.topics}`, ...parts))
}

/** `index.md`: links to the lists and to every person's and one-on-one's page. */
export function indexPage(
  people: readonly { path: string; name: string }[],
  meetings: readonly { path: string }[],
  events: readonly { path: string }[],
  style: VaultStyle
): string {
  const w = style.words
  const body = blocks(
    `# ${w.index}`,
    `- ${wikiLink(vaultPaths.followups, w.followups)}\n- ${wikiLink(vaultPaths.topics, w.topics)}`,
    people.length ? `## ${w.people}\n\n${people.map((p) => `- ${wikiLink(p.path, p.name)}`).join('\n')}` : '',
    meetings.length ? `## ${w.oneOnOnes}\n\n${meetings.map((m) => `- ${wikiLink(m.path)}`).join('\n')}` : '',
    events.length ? `## ${w.events}\n\n${events.map((e) => `- ${wikiLink(e.path)}`).join('\n')}` : ''
  )
  return page({ people: people.length, one_on_ones: meetings.length, events: events.length }, body)
}
