/** Safe file names made from people's names: valid on Windows, macOS and Linux, never a path. */

export const maxFileNameBytes = 120

// Device names Windows reserves in any case and with any extension ("con.txt" is the console too).
const reservedWindowsName = /^(con|prn|aux|nul|conin\$|conout\$|com[1-9¹²³]|lpt[1-9¹²³])(\..*)?$/iu
// C0 and C1 controls, separators, what Windows refuses in a name, and what breaks an Obsidian link.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const forbiddenCharacters = /[\u0000-\u001f\u007f-\u009f/\\:*?"<>|#^[\]]/gu
// Bidirectional controls and zero-width characters: they can make a name read as another one.
const invisibleCharacters = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu
// Lone surrogates are not valid UTF-8 and would be written as U+FFFD by the file system layer.
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu

const encoder = new TextEncoder()
export const utf8Bytes = (text: string): number => encoder.encode(text).length

/** The longest start of `text` that fits in `maxBytes` of UTF-8, never splitting a character. */
export function truncateUtf8(text: string, maxBytes: number): string {
  // Most names fit: one encode of the whole string instead of one per character.
  if (text.length * 3 <= maxBytes || utf8Bytes(text) <= maxBytes) return text
  let bytes = 0
  let end = 0
  for (const char of text) {
    const size = utf8Bytes(char)
    if (bytes + size > maxBytes) break
    bytes += size
    end += char.length
  }
  return text.slice(0, end)
}

// Trailing dots and spaces vanish on Windows, so "a." and "a" would be the same file there.
const trimEnds = (text: string) => text.replace(/^[\s.]+/u, '').replace(/[\s.]+$/u, '')

/**
 * A file name stem (no extension) that is safe to create inside a folder: NFC, no separators,
 * controls or reserved names, no leading or trailing dot or space, at most `maxBytes` of UTF-8
 * together with `reserveBytes` for what the caller appends (a suffix, an extension); never empty.
 */
export function safeStem(raw: string, options: { fallback?: string; reserveBytes?: number } = {}): string {
  const fallback = options.fallback ?? 'untitled'
  const limit = maxFileNameBytes - (options.reserveBytes ?? 0)
  const cleaned = raw
    .replace(loneSurrogate, '')
    .normalize('NFC')
    .replace(invisibleCharacters, '')
    .replace(forbiddenCharacters, ' ')
    .replace(/\s+/gu, ' ')
  let stem = trimEnds(truncateUtf8(trimEnds(cleaned), limit))
  if (stem === '') stem = fallback
  if (reservedWindowsName.test(stem)) stem = `_${stem}`
  return trimEnds(truncateUtf8(stem, limit)) || fallback
}

/** A full file name: safe stem plus an optional suffix and the extension, within the byte limit. */
export function safeFileName(raw: string, extension: string, suffix = ''): string {
  const tail = `${suffix}${extension}`
  return `${safeStem(raw, { reserveBytes: utf8Bytes(tail) })}${tail}`
}

/** A short suffix from a stable id, so two people with the same name get distinct files. */
export const idSuffix = (id: string): string => ` (${id.replace(/[^0-9a-z]/giu, '').slice(0, 6)})`

/**
 * One file name per key, in the order given: the first holder of a name keeps it plainly, the
 * others get a suffix from their id. Names are compared case-insensitively, as Windows and macOS do.
 */
export function uniqueFileNames(items: readonly { id: string; name: string }[], extension: string): Map<string, string> {
  const namer = fileNamer(extension)
  return new Map(items.map((item) => [item.id, namer(item.id, item.name)]))
}

/** The same as `uniqueFileNames`, one name at a time, for lists read in pages. */
export function fileNamer(extension: string): (id: string, name: string) => string {
  const taken = new Set<string>()
  return (id, raw) => {
    let name = safeFileName(raw, extension)
    if (taken.has(foldCase(name))) name = safeFileName(raw, extension, idSuffix(id))
    for (let n = 2; taken.has(foldCase(name)); n += 1) name = safeFileName(raw, extension, `${idSuffix(id)} ${n}`)
    taken.add(foldCase(name))
    return name
  }
}

const foldCase = (name: string) => name.normalize('NFC').toLowerCase()
