import type { LinkKind, MilestoneKind } from '../../shared/domain/people'
import type { ImportProblem } from '../../shared/domain/imports'

/** One contact as a file gives it, mapped onto a person's fields; nothing is written yet. */
export interface ImportedContact {
  /** Where it is in the file: a CSV row (the header is row 1) or a card's first line. */
  row: number
  familyName: string
  givenName: string
  familyNameKana: string
  givenNameKana: string
  email: string
  company: string
  department: string
  headline: string
  links: Partial<Record<LinkKind, string>>
  milestones: { kind: MilestoneKind; date: string; note: string }[]
  /** LinkedIn's "Connected On", as YYYY-MM-DD. */
  connectedOn: string | null
  notes: string
  problems: ImportProblem[]
}

export const emptyContact = (row: number): ImportedContact => ({
  row,
  familyName: '',
  givenName: '',
  familyNameKana: '',
  givenNameKana: '',
  email: '',
  company: '',
  department: '',
  headline: '',
  links: {},
  milestones: [],
  connectedOn: null,
  notes: '',
  problems: []
})
