import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodeText } from '../../../src/main/import/decode'
import { detectFormat } from '../../../src/main/import/detect'
import { parseDate } from '../../../src/main/import/fields'
import { ImportFileError, parseImportFile } from '../../../src/main/import/parse'
import type { ImportedContact } from '../../../src/main/import/types'
import { maxImportBytes } from '../../../src/shared/domain/imports'
import { shiftJis } from './shift-jis'

const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, '../../fixtures/import', name)))
const parse = (name: string) => parseImportFile(fixture(name))
const byRow = (contacts: ImportedContact[], row: number) => {
  const found = contacts.find((contact) => contact.row === row)
  if (!found) throw new Error(`no row ${row}`)
  return found
}

describe('LinkedIn Connections.csv', () => {
  const file = parse('linkedin-connections.csv')

  it('skips the Notes lines and numbers rows as a spreadsheet does', () => {
    expect(file.format).toBe('linkedin')
    expect(file.encoding).toBe('utf-8')
    expect(file.contacts.map((c) => c.row)).toEqual([5, 6, 7, 8, 10, 11])
  })

  it.each([
    [5, { givenName: 'Taro', familyName: 'Tanaka', company: 'Example KK', headline: 'Platform Engineer', connectedOn: '2023-08-24', email: '', links: { linkedin: 'https://www.linkedin.com/in/taro-tanaka' } }],
    [6, { givenName: '太郎', familyName: '山田', email: 'taro@example.jp', company: '株式会社サンプル', connectedOn: '2022-01-03' }],
    // A formula-like name stays text: it is neutralised only when written back to CSV.
    [7, { givenName: '=HYPERLINK("https://evil.example","click")', company: '+Corp', headline: '-Lead', problems: [] }],
    [8, { problems: ['no_name'] }],
    [11, { givenName: 'Alex', connectedOn: null, problems: ['bad_date'] }]
  ])('row %i', (row, expected) => {
    expect(byRow(file.contacts, row)).toMatchObject(expected)
  })
})

describe('Google Contacts CSV', () => {
  it('maps the current layout by header name, with readings, several emails and notes over lines', () => {
    const file = parse('google-contacts.csv')
    expect(file.format).toBe('google')
    const [hanako, ken, nameless] = file.contacts
    expect(hanako).toMatchObject({
      row: 2,
      familyName: '佐藤',
      givenName: '花子',
      familyNameKana: 'さとう',
      givenNameKana: 'はなこ',
      email: 'hanako@example.jp',
      company: '株式会社サンプル',
      headline: 'PM',
      department: '開発部',
      links: { linkedin: 'https://www.linkedin.com/in/hanako-sato' },
      milestones: [
        { kind: 'birthday', date: '1990-11-03', note: '' },
        { kind: 'other', date: '2018-04-01', note: 'Anniversary' }
      ],
      notes: '勉強会で会った。\n次は登壇の話を。',
      problems: []
    })
    expect(ken).toMatchObject({ row: 3, givenName: 'Ken', milestones: [], notes: 'Birthday: 12-24', problems: ['yearless_date'] })
    expect(nameless).toMatchObject({ row: 4, problems: ['no_name'] })
    // The empty row 5 is no contact at all.
    expect(file.contacts).toHaveLength(3)
  })

  it('maps the older layout (Given Name, Yomi, Organization 1 - Name, a bare website)', () => {
    const [ken] = parse('google-contacts-legacy.csv').contacts
    expect(ken).toMatchObject({
      familyName: '木村',
      givenName: '健',
      familyNameKana: 'キムラ',
      givenNameKana: 'ケン',
      email: 'ken.kimura@example.jp',
      company: 'Kimura Lab',
      headline: 'Researcher',
      links: { site: 'https://kimura.example.org' },
      milestones: [{ kind: 'birthday', date: '1980-01-15', note: '' }]
    })
  })
})

describe('vCard', () => {
  it('2.1 from a Japanese phone: quoted-printable in Shift_JIS and UTF-8, soft line breaks, SOUND readings', () => {
    const [tanaka, sato] = parse('phone-2.1-quoted-printable.vcf').contacts
    expect(tanaka).toMatchObject({
      row: 1,
      familyName: '田中',
      givenName: '太郎',
      familyNameKana: 'タナカ',
      givenNameKana: 'タロウ',
      company: '株式会社テスト',
      email: 'tanaka@example.jp',
      milestones: [{ kind: 'birthday', date: '1985-04-12', note: '' }],
      problems: []
    })
    expect(sato).toMatchObject({ familyName: '佐藤', givenName: '花子', notes: 'メモ：初めて会ったのは勉強会' })
  })

  it('3.0: folded lines, escapes, X-PHONETIC readings, grouped URL, a year-less birthday, a hostile card, a card with no END', () => {
    const [ichiro, hostile, unclosed] = parse('apple-3.0.vcf').contacts
    expect(ichiro).toMatchObject({
      familyName: 'Suzuki',
      givenName: 'Ichiro',
      familyNameKana: 'すずき',
      givenNameKana: 'いちろう',
      company: 'Example Inc.',
      department: 'Platform',
      headline: 'Staff Engineer',
      email: 'ichiro@example.com',
      links: { github: 'https://github.com/ichiro' },
      milestones: [],
      problems: ['yearless_date']
    })
    expect(ichiro?.notes).toBe('Met at the SRE meetup. Likes long walks, tea\nand Rust.\nBirthday: 07-30')
    expect(hostile).toMatchObject({ givenName: '=HYPERLINK("https://evil.example","x")', email: '' })
    expect(hostile?.problems).toEqual(expect.arrayContaining(['bad_email', 'bad_date']))
    expect(unclosed).toMatchObject({ familyName: 'Nagai', givenName: 'Rin', email: 'rin@example.com', problems: ['unclosed_card'] })
  })

  it('4.0: SORT-AS readings, compact dates with and without a year, a nameless card, an unreadable card', () => {
    const [misaki, phoneOnly, broken] = parse('contacts-4.0.vcf').contacts
    expect(misaki).toMatchObject({
      familyName: '高橋',
      givenName: '美咲',
      familyNameKana: 'たかはし',
      givenNameKana: 'みさき',
      headline: 'Engineering Manager',
      links: { linkedin: 'https://www.linkedin.com/in/misaki-takahashi' },
      milestones: [{ kind: 'other', date: '2015-06-06', note: 'Anniversary' }],
      notes: 'Birthday: 03-05'
    })
    expect(phoneOnly?.problems).toEqual(['no_name'])
    expect(broken?.problems).toEqual(['unreadable_card'])
  })
})

describe('encodings', () => {
  const linkedIn = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n太郎,山田,https://www.linkedin.com/in/yamada,,株式会社ソニー,エンジニア,3 Jan 2022\n'

  it.each([
    ['UTF-8', new TextEncoder().encode(linkedIn), 'utf-8'],
    ['UTF-8 with a BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(linkedIn)]), 'utf-8'],
    ['Shift_JIS', shiftJis(linkedIn), 'shift_jis']
  ])('%s', (_name, bytes, encoding) => {
    const file = parseImportFile(bytes)
    expect(file.encoding).toBe(encoding)
    expect(file.contacts[0]).toMatchObject({ familyName: '山田', givenName: '太郎', company: '株式会社ソニー', headline: 'エンジニア' })
  })

  it('Shift_JIS Google CSV with half-width katakana readings, width-folded', () => {
    const csv = 'Given Name,Family Name,Given Name Yomi,Family Name Yomi,E-mail 1 - Value\n健,木村,ｹﾝ,ｷﾑﾗ,ken@example.jp\n'
    const [ken] = parseImportFile(shiftJis(csv)).contacts
    expect(ken).toMatchObject({ familyName: '木村', givenNameKana: 'ケン', familyNameKana: 'キムラ' })
  })

  it('binary bytes are not text', () => {
    expect(decodeText(Uint8Array.of(0x00, 0x01, 0xff, 0xfe, 0x00))).toBeNull()
  })
})

describe('whole files refused', () => {
  it.each([
    ['a JSON file', fixture('not-contacts.json'), 'unknown_format'],
    ['an unclosed quote', fixture('linkedin-unclosed-quote.csv'), 'malformed'],
    ['an empty file', new Uint8Array(), 'empty'],
    ['a header and nothing else', new TextEncoder().encode('First Name,Last Name,URL,Email Address,Company,Position,Connected On\n'), 'empty'],
    ['a binary file', Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a), 'not_text'],
    ['a file over 50 MB', new Uint8Array(maxImportBytes + 1), 'too_large']
  ])('%s', (_name, bytes, reason) => {
    let caught: unknown
    try {
      parseImportFile(bytes)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(ImportFileError)
    expect((caught as ImportFileError).reason).toBe(reason)
  })
})

describe('dates and detection', () => {
  it.each([
    ['24 Aug 2023', '2023-08-24'],
    ['1 Feb 2021', '2021-02-01'],
    ['24-Aug-23', '2023-08-24'],
    ['1985-04-12', '1985-04-12'],
    ['19850412', '1985-04-12'],
    ['1985-04-12T00:00:00Z', '1985-04-12'],
    ['--04-12', '--04-12'],
    ['--0229', '--02-29'],
    ['31 Feb 2020', null],
    ['2023-13-01', null],
    ['someday', null]
  ])('%s → %s', (raw, expected) => {
    expect(parseDate(raw)).toBe(expected)
  })

  it('detects nothing in a plain spreadsheet', () => {
    expect(detectFormat('Item,Price\nTea,300\n')).toBeNull()
  })
})
