import type { ImportEncoding } from '../../shared/domain/imports'
import { runToEnd, type Steps } from './steps'

export interface DecodedText {
  text: string
  encoding: ImportEncoding
}

/**
 * A file's bytes as text: UTF-8 (a BOM is dropped) when they are valid UTF-8, else Shift_JIS
 * (CP932, as Excel saves Japanese CSVs). Null when neither reads them: a binary file.
 * The platform's TextDecoder (full ICU in Node and Electron) does both; see docs/dependencies.md.
 */
export function decodeText(bytes: Uint8Array): DecodedText | null {
  return runToEnd(decodeTextSteps(bytes))
}

/** Bytes decoded at once: a few ms. */
const sliceBytes = 1024 * 1024

/** decodeText a slice of bytes at a time (a 50 MB file takes far longer than a slice). */
export function* decodeTextSteps(bytes: Uint8Array): Steps<DecodedText | null> {
  for (const encoding of ['utf-8', 'shift_jis'] as const) {
    const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: false })
    const parts: string[] = []
    try {
      for (let start = 0; start < bytes.byteLength; start += sliceBytes) {
        parts.push(decoder.decode(bytes.subarray(start, start + sliceBytes), { stream: true }))
        yield { phase: 'reading', done: 0, total: 0 }
      }
      parts.push(decoder.decode())
    } catch {
      // Not this encoding: try the next (UTF-8 first, then Shift_JIS as Excel saves Japanese CSVs).
      continue
    }
    const text = parts.join('')
    return looksLikeText(text) ? { text, encoding } : null
  }
  return null
}

// eslint-disable-next-line no-control-regex -- NUL and other C0 controls (but tab, CR, LF, form feed) do not occur in a contacts file.
const looksLikeText = (text: string) => !/[\u0000-\u0008\u000e-\u001f]/u.test(text.slice(0, 65_536))

/** Bytes in a named charset (vCard's CHARSET=…); UTF-8 when the name is unknown. */
export function decodeCharset(bytes: Uint8Array, charset: string): string {
  const label = charset.trim().toLowerCase()
  try {
    return new TextDecoder(label === '' ? 'utf-8' : label).decode(bytes)
  } catch {
    return new TextDecoder('utf-8').decode(bytes)
  }
}
