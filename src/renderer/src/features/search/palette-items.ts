import type { SearchHit, SearchKind } from '../../../../shared/api/search'
import { foldText } from '../../../../shared/domain/search-text'

export const commandIds = ['addPerson', 'planMeeting', 'prepareEvent', 'logTouchpoint', 'export'] as const
export type CommandId = (typeof commandIds)[number]
/** A command that needs a person first: the palette asks for one. */
export type PersonAsk = Extract<CommandId, 'planMeeting' | 'logTouchpoint'>

export type PaletteItem = { type: 'command'; command: CommandId; label: string } | { type: 'hit'; hit: SearchHit }
export type GroupKey = 'command' | SearchKind
export interface PaletteGroup {
  key: GroupKey
  items: PaletteItem[]
}

const kindOrder: SearchKind[] = ['person', 'interaction', 'meeting', 'topic', 'event', 'resource', 'community', 'work']

/**
 * What the palette lists: the commands whose words match what is typed (all of them before
 * anything is typed), then the hits grouped by kind, best first within each. While a command
 * asks for a person, only people are listed.
 */
export function paletteGroups(text: string, hits: SearchHit[], label: (command: CommandId) => string, asking: PersonAsk | null): PaletteGroup[] {
  const folded = foldText(text.trim())
  const commands: PaletteItem[] =
    asking !== null
      ? []
      : commandIds.filter((command) => folded === '' || foldText(label(command)).includes(folded)).map((command) => ({ type: 'command', command, label: label(command) }))
  const shown = asking !== null ? hits.filter((hit) => hit.kind === 'person') : hits
  const groups: PaletteGroup[] = commands.length > 0 ? [{ key: 'command', items: commands }] : []
  for (const kind of kindOrder) {
    const items = shown.filter((hit) => hit.kind === kind).map((hit): PaletteItem => ({ type: 'hit', hit }))
    if (items.length > 0) groups.push({ key: kind, items })
  }
  return groups
}

/** A stable key for an item, for React and for the option's id. */
export const itemKey = (item: PaletteItem): string =>
  item.type === 'command' ? `command-${item.command}` : `${item.hit.kind}-${item.hit.id}-${item.hit.personId ?? ''}`
