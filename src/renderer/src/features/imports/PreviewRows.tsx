import { useTranslation } from '../../i18n'
import type { ImportPreview, ImportPreviewRow } from '../../../../shared/api/imports'
import { displayName } from '../../../../shared/domain/names'
import { useFormat } from '../../ui/format'
import { PersonName } from '../people/PersonName'
import { choiceValue, isBlocked, parseChoiceValue, type RowChoice } from './choices'

interface Props {
  preview: ImportPreview
  rows: readonly ImportPreviewRow[]
  chosen: ReadonlyMap<number, RowChoice>
  onChoose(row: number, choice: RowChoice): void
}

/** One page of the preview: each row as the person it would become, what it resembles, and what to do. */
export function PreviewRows({ preview, rows, chosen, onChoose }: Props) {
  const { t } = useTranslation()
  return (
    <ol className="divide-y divide-line border-y border-line" data-testid="import-rows">
      {rows.map((row) => (
        <PreviewRowItem key={row.row} preview={preview} row={row} choice={chosen.get(row.row) ?? row} onChoose={onChoose} />
      ))}
      {rows.length === 0 ? <li className="py-4 text-sm text-muted">{t('imports.nothingToShow')}</li> : null}
    </ol>
  )
}

function PreviewRowItem({ preview, row, choice, onChoose }: { preview: ImportPreview; row: ImportPreviewRow; choice: RowChoice; onChoose: Props['onChoose'] }) {
  const { t } = useTranslation()
  const format = useFormat()
  const nameOf = (id: string) => {
    const person = preview.people[id]
    return person ? displayName(person) : ''
  }
  const named = `${row.familyName}${row.givenName}`.trim() !== ''
  const work = [row.company, row.headline].filter(Boolean).join(' · ')
  const notes = [
    ...(row.sameAsRow !== null ? [t(row.exactRepeat ? 'imports.sameAsRow' : 'imports.likeRow', { row: row.sameAsRow })] : []),
    ...row.matches.map((match) => t(`imports.matches.${match.reason}`, { name: nameOf(match.personId) })),
    // A row without a name already says so where the name would be.
    ...row.problems.filter((problem) => problem !== 'no_name').map((problem) => t(`imports.problem.${problem}`))
  ]
  const blocked = isBlocked(row)
  const selectId = `import-row-${row.row}`
  return (
    <li className="grid grid-cols-[3rem_1fr_auto] items-start gap-x-4 gap-y-1 py-3 text-sm" data-testid="import-row" data-row={row.row}>
      <span className="pt-0.5 text-xs tabular-nums text-muted">{row.row}</span>
      <div className="min-w-0">
        <div className="font-medium">{named ? <PersonName name={{ ...row, nameOrder: 'auto' }} /> : <span className="text-muted">{t('imports.noName')}</span>}</div>
        {work ? <div className="truncate text-muted">{work}</div> : null}
        {row.email || row.link ? <div className="truncate text-xs text-muted">{row.email || row.link}</div> : null}
        {row.connectedOn ? <div className="text-xs text-muted">{t('imports.connectedOn', { date: format.localDate(row.connectedOn) })}</div> : null}
        {notes.length > 0 ? (
          <ul className="mt-1 text-xs text-ink" data-testid="import-row-notes">
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        ) : null}
      </div>
      {blocked ? (
        <span className="pt-0.5 text-xs text-muted" data-testid="import-row-left-out">
          {t('imports.action.leftOut')}
        </span>
      ) : (
        <select
          id={selectId}
          aria-label={t('imports.actionFor', { row: row.row })}
          className="w-52 rounded-md border border-control bg-surface px-2 py-1 text-sm"
          value={choiceValue(choice)}
          onChange={(event) => onChoose(row.row, parseChoiceValue(event.target.value))}
          data-testid="import-row-action"
        >
          <option value="create">{t('imports.action.create')}</option>
          {row.matches.map((match) => (
            <option key={match.personId} value={`merge:${match.personId}`}>
              {t('imports.action.merge', { name: nameOf(match.personId) })}
            </option>
          ))}
          <option value="skip">{t('imports.action.skip')}</option>
        </select>
      )}
    </li>
  )
}
