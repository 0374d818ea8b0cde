import { parse } from 'regexparam'

/** What wouter's Router takes from its `parser` (regexparam's answer for a string pattern). */
interface Parsed {
  keys: string[]
  pattern: RegExp
}
const parsed = new Map<string, Parsed>()

/**
 * wouter's own parser (regexparam), remembered; given to the Router in App.tsx. The Switch matches
 * the address against each of its ~30 routes on every render, and wouter parses each pattern again
 * every time: a few ms of the first render, and of every navigation, on a slow machine.
 */
export function routeParser(route: string, loose?: boolean): Parsed {
  const key = `${loose ? 'loose' : 'exact'} ${route}`
  const known = parsed.get(key)
  if (known) return known
  const pattern = parse(route, loose)
  parsed.set(key, pattern)
  return pattern
}
