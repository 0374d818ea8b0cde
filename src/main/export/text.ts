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
  content.trim() === '' ? '' : `## ${heading}\n\n${content.replace(/\n*$/u, '')}\n`

export const bullets = (items: readonly string[]): string =>
  items.filter((item) => item.trim() !== '').map((item) => `- ${oneLine(item)}`).join('\n')

/** Joins blocks with one blank line between them, skipping empty ones. */
export const blocks = (...parts: string[]): string => parts.filter((part) => part.trim() !== '').map((part) => part.replace(/\n*$/u, '')).join('\n\n')

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

export const localDate = (iso: string, timeZone: string): string => localDateOf(new Date(iso), timeZone)
