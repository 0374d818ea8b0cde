/**
 * Shift_JIS bytes for a string, built from the platform's own decoder (every double-byte code and
 * the half-width katakana), so the tests need no binary fixture and no encoder library.
 */
let table: Map<string, number[]> | null = null

function sjisTable(): Map<string, number[]> {
  if (table) return table
  const decoder = new TextDecoder('shift_jis')
  const map = new Map<string, number[]>()
  for (let byte = 0xa1; byte <= 0xdf; byte++) map.set(decoder.decode(Uint8Array.of(byte)), [byte])
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if (lead > 0x9f && lead < 0xe0) continue
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      const char = decoder.decode(Uint8Array.of(lead, trail))
      if (char.length === 1 && char !== '\ufffd' && !map.has(char)) map.set(char, [lead, trail])
    }
  }
  table = map
  return map
}

export function shiftJis(text: string): Uint8Array {
  const map = sjisTable()
  const bytes: number[] = []
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    if (code < 0x80) bytes.push(code)
    else {
      const found = map.get(char)
      if (!found) throw new Error(`No Shift_JIS code for ${char}`)
      bytes.push(...found)
    }
  }
  return Uint8Array.from(bytes)
}
