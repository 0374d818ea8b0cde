import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  maxFileNameBytes,
  safeFileName,
  safeStem,
  truncateUtf8,
  uniqueFileNames,
  utf8Bytes
} from '../../../src/shared/domain/file-names'

/** Every rule a name written into the vault must satisfy, checked independently of the code. */
function expectSafe(name: string): void {
  expect(name.length).toBeGreaterThan(0)
  expect(name).not.toMatch(/[/\\]/u)
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  expect(name).not.toMatch(/[\u0000-\u001f\u007f]/u)
  expect(name).not.toMatch(/[:*?"<>|#^[\]]/u)
  expect(name).not.toBe('.')
  expect(name).not.toBe('..')
  expect(name).not.toMatch(/^\./u)
  expect(name).not.toMatch(/[. ]$/u)
  expect(name).not.toMatch(/^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/iu)
  expect(name.normalize('NFC')).toBe(name)
  expect(utf8Bytes(name)).toBeLessThanOrEqual(maxFileNameBytes)
  // No lone surrogate: the name round-trips through UTF-8 unchanged.
  expect(new TextDecoder().decode(new TextEncoder().encode(name))).toBe(name)
}

const hostile = [
  '../../etc/passwd',
  '..\\..\\Windows\\System32',
  'CON',
  'con.txt',
  'Lpt9.md',
  'aux',
  'COM1.tar.gz',
  'a\u0000b',
  '名前'.repeat(100),
  '   ',
  '',
  '.',
  '..',
  '...',
  '😀'.repeat(60),
  '👩‍👩‍👧‍👦 family',
  'a/b\\c',
  '\u202eevil\u202dtxt.exe',
  '\u200f\u200e',
  'trailing dot.',
  'trailing space ',
  '.hidden',
  'tab\there\nnewline',
  'e\u0301',
  'A: "quoted" <tag> | pipe? star*',
  '\ud800 lone surrogate',
  'x'.repeat(500)
]

describe('safe file names', () => {
  it.each(hostile.map((name) => [name]))('makes %j safe', async (raw) => {
    expectSafe(safeFileName(raw, '.md'))
    expectSafe(safeStem(raw))
    expect(safeFileName(raw, '.md').endsWith('.md')).toBe(true)
  })

  it('keeps ordinary names as they are', async () => {
    expect(safeFileName('田中 太郎', '.md')).toBe('田中 太郎.md')
    expect(safeFileName('Alex Kim', '.md')).toBe('Alex Kim.md')
    expect(safeFileName('CON', '.md')).toBe('_CON.md')
    expect(safeFileName('', '.md')).toBe('untitled.md')
    expect(safeFileName('e\u0301', '.md')).toBe('\u00e9.md')
  })

  it('cuts at a character boundary, surrogate pairs included', async () => {
    expect(truncateUtf8('😀😀', 5)).toBe('😀')
    expect(truncateUtf8('名前', 5)).toBe('名')
    expect(utf8Bytes(safeFileName('名前'.repeat(100), '.md'))).toBeLessThanOrEqual(maxFileNameBytes)
  })

  it('turns any string into a name that satisfies every rule', async () => {
    const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 }))
    fc.assert(
      fc.property(anyText, fc.constantFrom('', ' (ab12cd)', ' (Engawa 2026-11-28)'), (raw, suffix) => {
        expectSafe(safeFileName(raw, '.md', suffix))
      }),
      { numRuns: 2000 }
    )
    expect(true).toBe(true)
  })

  it('gives people with the same name distinct files, stably', async () => {
    const people = [
      { id: 'aaaaaa-1', name: 'Alex Kim' },
      { id: 'bbbbbb-2', name: 'alex kim' },
      { id: 'cccccc-3', name: 'CON' },
      { id: 'dddddd-4', name: 'Alex Kim' }
    ]
    const names = uniqueFileNames(people, '.md')
    expect(names.get('aaaaaa-1')).toBe('Alex Kim.md')
    expect(names.get('bbbbbb-2')).toBe('alex kim (bbbbbb).md')
    expect(names.get('dddddd-4')).toBe('Alex Kim (dddddd).md')
    expect(new Set([...names.values()].map((n) => n.toLowerCase())).size).toBe(4)
    fc.assert(
      fc.property(fc.array(fc.record({ id: fc.uuid(), name: fc.string({ maxLength: 30 }) }), { maxLength: 40 }), (items) => {
        const unique = uniqueFileNames(items, '.md')
        const values = [...new Set(items.map((item) => item.id))].map((id) => unique.get(id)?.toLowerCase())
        expect(new Set(values).size).toBe(values.length)
        for (const value of unique.values()) expectSafe(value)
      })
    )
  })
})
