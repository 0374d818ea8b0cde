import { statSync } from 'node:fs'
import type { ImportPreview } from '../../shared/api/imports'
import type { JobState } from '../../shared/api/jobs'
import { displayName } from '../../shared/domain/names'
import { CliError, openForCli, parseCliArgs, runCli, userPath } from './open-data'

// npm run import -- --data-dir DIR FILE [--dry-run]
const usage = 'Usage: npm run import -- --data-dir DIR FILE [--dry-run]'

const problemWords: Record<string, string> = {
  no_name: 'no name (left out)',
  unreadable_card: 'unreadable card (left out)',
  unclosed_card: 'card without END',
  bad_date: 'a date that cannot be read (dropped)',
  yearless_date: 'a date without a year (kept in the notes)',
  bad_email: 'an email address that is not one (dropped)',
  bad_link: 'a link that is not a web link (dropped)',
  too_long: 'a value cut to its field’s length'
}

/** The preview as text: counts, then each row with a duplicate or a problem, by its row number. */
export function previewText(preview: ImportPreview): string {
  const { counts } = preview
  const lines = [
    `${preview.format} file (${preview.encoding}), ${counts.rows} rows: ${counts.new} new, ${counts.duplicates} possible duplicates, ${counts.problems} with problems`
  ]
  const nameOf = (id: string) => {
    const person = preview.people[id]
    return person ? displayName(person) : id
  }
  for (const row of preview.rows) {
    const notes: string[] = []
    if (row.exactRepeat && row.sameAsRow !== null) notes.push(`repeats row ${row.sameAsRow}`)
    else if (row.sameAsRow !== null) notes.push(`like row ${row.sameAsRow}`)
    for (const match of row.matches) notes.push(`matches ${nameOf(match.personId)} by ${match.reason}`)
    for (const problem of row.problems) notes.push(problemWords[problem] ?? problem)
    if (notes.length === 0) continue
    const name = displayName({ ...row, nameOrder: 'auto' }) || '(no name)'
    lines.push(`  row ${row.row}: ${name}: ${notes.join('; ')} → ${row.action}${row.action === 'merge' && row.targetId ? ` into ${nameOf(row.targetId)}` : ''}`)
  }
  return lines.join('\n')
}

void runCli(async () => {
  const { values, positionals } = parseCliArgs(
    {
      allowPositionals: true,
      options: {
        'data-dir': { type: 'string', default: process.env.ENGAWA_DATA_DIR },
        'dry-run': { type: 'boolean', default: false }
      }
    },
    usage
  )
  const [fileArg, ...extra] = positionals
  if (!values['data-dir'] || !fileArg || extra.length > 0) throw new CliError(usage, 2)
  const file = userPath(fileArg)
  try {
    if (!statSync(file).isFile()) throw new CliError(`Cannot read ${file}: not a file`)
  } catch (error) {
    throw error instanceof CliError ? error : new CliError(`Cannot read ${file}`)
  }
  const core = openForCli(userPath(values['data-dir']), { mustExist: true })
  try {
    const preview = await core.dispatch('imports.preview', { source: { file } })
    if (!preview.ok) throw new CliError(`Cannot import ${file}: ${preview.error.message}`)
    const text = previewText(preview.value as ImportPreview)
    if (values['dry-run']) return `${text}\nDry run: nothing was written.`
    const started = await core.dispatch('imports.commit', { source: { file }, fileName: file.split(/[\\/]/u).at(-1) ?? '' })
    if (!started.ok) throw new CliError(`Import refused: ${started.error.message}`)
    const settled = await core.ctx.jobs.settled((started.value as JobState).id)
    if (settled.status !== 'done') throw new CliError(`Import ${settled.status}: ${settled.error?.message ?? 'unknown error'}`)
    const result = settled.result ?? {}
    return `${text}\nImported: ${String(result.created)} created, ${String(result.merged)} merged, ${String(result.skipped)} skipped. Undo it from Settings → Your data.`
  } finally {
    core.close()
  }
})
