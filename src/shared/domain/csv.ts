import Papa from 'papaparse'

/**
 * A cell a spreadsheet would run as a formula starts with one of these: `=`, `+`, `-`, `@`, a tab or
 * a carriage return (OWASP's CSV injection list).
 */
const formulaStart = /^[=+\-@\t\r]/u

/** A cell made safe to open in a spreadsheet: a formula-like start gets a leading `'`. */
export const neutraliseCell = (value: string): string => (formulaStart.test(value) ? `'${value}` : value)

/**
 * Rows written as CSV (CRLF, quoted where needed) that no spreadsheet runs: every cell starting
 * like a formula is prefixed with `'`, so a name such as `=HYPERLINK(…)` stays a name. Numbers
 * are written as text too (a phone number must not lose its leading zero or become a formula).
 * Use this for anything the app writes back to CSV (greeting lists).
 */
export function safeCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const cells = rows.map((row) => row.map((cell) => neutraliseCell(cell === null || cell === undefined ? '' : String(cell))))
  // Neutralised here rather than by papaparse's escapeFormulae, so the rule is ours and tested.
  return Papa.unparse(cells, { newline: '\r\n', quotes: false, escapeFormulae: false })
}
