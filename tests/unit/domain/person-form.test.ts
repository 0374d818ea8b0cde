import { describe, expect, it } from 'vitest'
import { emptyForm, formChanged, formFromPerson, personFromForm } from '../../../src/shared/domain/person-form'
import { personInput, type Person } from '../../../src/shared/api/people'

describe('person form state', () => {
  it('turns lines, commas (also 、) and blanks into what the contract expects', async () => {
    const input = personFromForm(
      {
        ...emptyForm,
        familyName: '佐藤',
        expertise: ' Kubernetes \n\n可観測性',
        tags: 'SRE、勉強会, , PM',
        cadenceDays: '60',
        mourning: true,
        links: { github: ' https://github.com/x ', blog: '' },
        milestones: [
          { kind: 'birthday', date: '', note: 'unknown day' },
          { kind: 'promotion', date: '2026-04-01', note: '' }
        ]
      },
      2026
    )
    expect(input).toMatchObject({
      expertise: ['Kubernetes', '可観測性'],
      tags: ['SRE', '勉強会', 'PM'],
      cadenceDays: 60,
      mourningYear: 2026,
      links: { github: 'https://github.com/x', blog: '' },
      milestones: [{ kind: 'promotion', date: '2026-04-01', note: '' }],
      metOn: null,
      preferredLanguage: null
    })
    expect(personInput.safeParse(input).success).toBe(true)
  })

  it('round-trips a person, keeping the year they were first marked in mourning', async () => {
    const person = {
      ...personFromForm({ ...emptyForm, givenName: 'Ann', interests: 'Rust\nTea', mourning: true }, 2025),
      id: 'x',
      tags: ['a', 'b'],
      milestones: [],
      lastContactAt: null,
      nextContactOn: null,
      createdAt: '',
      updatedAt: '',
      deletedAt: null
    } as unknown as Person
    const form = formFromPerson(person)
    expect(form).toMatchObject({ interests: 'Rust\nTea', tags: 'a, b', mourning: true, mourningYear: 2025 })
    expect(personFromForm(form, 2027).mourningYear).toBe(2025)
    expect(personFromForm({ ...form, mourning: false }, 2027).mourningYear).toBeNull()
  })

  it('counts as changed only what saving would change', () => {
    const start = { ...emptyForm, givenName: 'Ann', links: { github: 'https://github.com/ann' } }
    expect(formChanged(start, { ...start })).toBe(false)
    // Typed into a link and deleted it again; added an empty milestone row; spaces around a line.
    expect(formChanged(start, { ...start, links: { ...start.links, blog: '' } })).toBe(false)
    expect(formChanged(start, { ...start, milestones: [{ kind: 'birthday', date: '', note: '' }] })).toBe(false)
    expect(formChanged(start, { ...start, interests: '\n' })).toBe(false)
    expect(formChanged(start, { ...start, company: 'Aoba' })).toBe(true)
    expect(formChanged(start, { ...start, links: {} })).toBe(true)
    expect(formChanged(start, { ...start, mourning: true })).toBe(true)
  })
})
