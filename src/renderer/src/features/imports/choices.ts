import type { ImportChoice, ImportPreview, ImportPreviewRow } from '../../../../shared/api/imports'
import { blockingProblems } from '../../../../shared/domain/imports'

export type RowChoice = Pick<ImportPreviewRow, 'action' | 'targetId'>

/** A select's value for a choice: `create`, `skip` or `merge:<person id>`. */
export const choiceValue = (choice: RowChoice): string => (choice.action === 'merge' ? `merge:${choice.targetId ?? ''}` : choice.action)

export const parseChoiceValue = (value: string): RowChoice =>
  value.startsWith('merge:') ? { action: 'merge', targetId: value.slice('merge:'.length) } : { action: value === 'create' ? 'create' : 'skip', targetId: null }

export const isBlocked = (row: ImportPreviewRow): boolean => row.problems.some((problem) => blockingProblems.includes(problem))

export const isDuplicate = (row: ImportPreviewRow): boolean => row.matches.length > 0 || row.sameAsRow !== null

/** The rows the user changed, as the import takes them; the others keep the preview's proposal. */
export function changedChoices(preview: ImportPreview, chosen: ReadonlyMap<number, RowChoice>): ImportChoice[] {
  return preview.rows.flatMap((row) => {
    const choice = chosen.get(row.row)
    if (!choice || (choice.action === row.action && choice.targetId === row.targetId)) return []
    return [{ row: row.row, action: choice.action, targetId: choice.targetId }]
  })
}

/** How many people the import will add or fill in. */
export function countToImport(preview: ImportPreview, chosen: ReadonlyMap<number, RowChoice>): number {
  return preview.rows.filter((row) => (chosen.get(row.row)?.action ?? row.action) !== 'skip').length
}
