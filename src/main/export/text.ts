import { stringify } from 'yaml'
import { localDateOf, localDateTimeOf } from '../../shared/domain/dates'

/** A page: YAML front matter written by the library (never by hand), then the body. */
export function page(frontMatter: Record<string, unknown>, body: string): string {
  // lineWidth 0: long values stay on one line instead of being folded.
  return `---\n${stringify(frontMatter, { lineWidth: 0 })}---\n\n${body.endsWith('\n') ? body : `${body}\n`}`
}

/** User text on one line (a heading, a list item): line breaks become spaces. */
export const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/gu, ' ').trim()

/** `[[path|label]]`; the label loses what would end the link early. */
export function wikiLink(path: string, label?: string): string {
  const shown = label === undefined ? '' : oneLine(label).replace(/[[\]|]/gu, ' ').trim()
  return shown ? `[[${path}|${shown}]]` : `[[${path}]]`
}

/** A section with a heading, left out when there is nothing in it. */
export const section = (heading: string, content: string): string =>
  content.trim() === '' ? '' : `## ${heading}\n\n${trimNewlines(content)}\n`

/** Without the line breaks at the end; by hand, since `/\n*$/` rescans long texts at every position. */
export function trimNewlines(text: string): string {
  let end = text.length
  while (end > 0 && text.charCodeAt(end - 1) === 10) end -= 1
  return end === text.length ? text : text.slice(0, end)
}

export const bullets = (items: readonly string[]): string =>
  items.filter((item) => item.trim() !== '').map((item) => `- ${oneLine(item)}`).join('\n')

/** Joins blocks with one blank line between them, skipping empty ones. */
export const blocks = (...parts: string[]): string => parts.filter((part) => part.trim() !== '').map(trimNewlines).join('\n\n')

/** An instant as local date and time with the zone's offset: 2026-11-28T15:00:00+09:00. */
export function withOffset(iso: string, timeZone: string): string {
  const date = new Date(iso)
  const wall = localDateTimeOf(date, timeZone)
  const minuteStart = date.getTime() - date.getUTCSeconds() * 1000 - date.getUTCMilliseconds()
  const offset = Math.round((Date.parse(`${wall}:00Z`) - minuteStart) / 60_000)
  const sign = offset < 0 ? '-' : '+'
  const pad = (n: number) => String(n).padStart(2, '0')
  const abs = Math.abs(offset)
  return `${wall}:${pad(date.getUTCSeconds())}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
}

const dayMs = 86_400_000
const offsetsByDay = new Map<string, number | null>()
const offsetAt = (ms: number, timeZone: string) => Date.parse(`${localDateTimeOf(new Date(ms), timeZone)}:00Z`) - (ms - (ms % 60_000))

/**
 * The local date of an instant. A timeline has many entries: the zone's offset is looked up once
 * per UTC day, and only days with a change of offset (daylight saving) ask Intl each time.
 */
export function localDate(iso: string, timeZone: string): string {
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) return iso.slice(0, 10)
  const day = Math.floor(ms / dayMs)
  const key = `${timeZone}|${day}`
  let offset = offsetsByDay.get(key)
  if (offset === undefined) {
    const start = offsetAt(day * dayMs, timeZone)
    offset = start === offsetAt(day * dayMs + dayMs - 60_000, timeZone) ? start : null
    if (offsetsByDay.size > 50_000) offsetsByDay.clear()
    offsetsByDay.set(key, offset)
  }
  return offset === null ? localDateOf(new Date(ms), timeZone) : new Date(ms + offset).toISOString().slice(0, 10)
}
