import { describe, expect, it } from 'vitest'
import { findDuplicates, linkKey, type ExistingPerson } from '../../../src/main/import/duplicates'
import { emptyContact, type ImportedContact } from '../../../src/main/import/types'

const contact = (row: number, fields: Partial<ImportedContact>): ImportedContact => ({ ...emptyContact(row), ...fields })
const person = (id: string, fields: Partial<ExistingPerson>): ExistingPerson => ({
  id,
  familyName: '',
  givenName: '',
  familyNameKana: '',
  givenNameKana: '',
  nameOrder: 'auto',
  email: '',
  links: {},
  ...fields
})

const existing = [
  person('p-tanaka', { familyName: '田中', givenName: '太郎', familyNameKana: 'たなか', givenNameKana: 'たろう', email: 'Taro@Example.jp' }),
  person('p-kim', { familyName: 'Kim', givenName: 'Alex', links: { linkedin: 'https://www.linkedin.com/in/alexkim/' } }),
  person('p-kim2', { familyName: 'Kim', givenName: 'Alex' })
]

describe('findDuplicates', () => {
  it.each([
    ['same email, any case: merge', contact(2, { givenName: 'T', email: 'taro@example.JP' }), { action: 'merge', targetId: 'p-tanaka', matches: [{ personId: 'p-tanaka', reason: 'email' }] }],
    ['same profile link, loosely: merge into that one', contact(2, { givenName: 'Alex', familyName: 'Kim', links: { linkedin: 'http://linkedin.com/in/AlexKim' } }), { action: 'merge', targetId: 'p-kim', matches: [{ personId: 'p-kim', reason: 'link' }, { personId: 'p-kim2', reason: 'name' }] }],
    ['name in the other order: pointed out, created', contact(2, { givenName: 'Taro', familyName: '' , familyNameKana: 'たろう', givenNameKana: 'たなか' }), { action: 'create', matches: [{ personId: 'p-tanaka', reason: 'name' }] }],
    ['written name, width and kana folded', contact(2, { familyName: '田中', givenName: '太郎' }), { action: 'create', matches: [{ personId: 'p-tanaka', reason: 'name' }] }],
    ['reading in katakana', contact(2, { givenName: 'X', familyNameKana: 'タナカ', givenNameKana: 'タロウ' }), { matches: [{ personId: 'p-tanaka', reason: 'name' }] }],
    ['nobody', contact(2, { givenName: 'Nobody' }), { action: 'create', matches: [], sameAsRow: null }],
    ['no name: skipped', contact(2, { problems: ['no_name'] }), { action: 'skip' }]
  ])('%s', (_name, row, expected) => {
    expect(findDuplicates([row], existing)[0]).toMatchObject(expected)
  })

  it('within the file: an exact repeat is skipped, a same-name row points at the first', () => {
    const rows = [
      contact(2, { givenName: 'Rin', familyName: 'Nagai', company: 'A' }),
      contact(3, { givenName: 'Rin', familyName: 'Nagai', company: 'A' }),
      contact(4, { givenName: 'Nagai', familyName: 'Rin', company: 'B' })
    ]
    expect(findDuplicates(rows, [])).toMatchObject([
      { row: 2, sameAsRow: null, exactRepeat: false, action: 'create' },
      { row: 3, sameAsRow: 2, exactRepeat: true, action: 'skip' },
      { row: 4, sameAsRow: 2, exactRepeat: false, action: 'create' }
    ])
  })

  it('two existing people with the same email: no automatic merge', () => {
    const twins = [person('a', { givenName: 'A', email: 'same@example.com' }), person('b', { givenName: 'B', email: 'same@example.com' })]
    expect(findDuplicates([contact(2, { givenName: 'C', email: 'same@example.com' })], twins)[0]).toMatchObject({ action: 'create', matches: [{ personId: 'a' }, { personId: 'b' }] })
  })

  it('compares links without scheme, www, query or trailing slash', () => {
    expect(linkKey('https://www.linkedin.com/in/Taro/?trk=x')).toBe(linkKey('http://linkedin.com/in/taro'))
  })
})
