import type { ImportEncoding } from '../../shared/domain/imports'

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
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
    return looksLikeText(text) ? { text, encoding: 'utf-8' } : null
  } catch {
    // Not UTF-8: try Shift_JIS below.
  }
  try {
    const text = new TextDecoder('shift_jis', { fatal: true }).decode(bytes)
    return looksLikeText(text) ? { text, encoding: 'shift_jis' } : null
  } catch {
    return null
  }
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
