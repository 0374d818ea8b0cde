import Papa from 'papaparse'

/*
 * CSV the app writes (label lists for greetings, anything written back from an import): RFC 4180
 * (CRLF, quotes doubled, quoted where needed), and never a formula. A cell a spreadsheet would run
 * (starting with `=`, `+`, `-`, `@`, a tab or a carriage return: OWASP's CSV injection list) gets a
 * leading `'`, so a name such as `=HYPERLINK(…)` stays a name.
 */

const formulaStart = /^[=+\-@\t\r]/u

/** A cell made safe to open in a spreadsheet: a formula-like start gets a leading `'`. */
export const neutraliseCell = (value: string): string => (formulaStart.test(value) ? `'${value}` : value)

/** One cell as the writers below write it: neutralised, then quoted if it holds a quote, comma or line break. */
export function csvCell(value: string): string {
  const safe = neutraliseCell(value)
  return /[",\r\n]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe
}

/**
 * Rows as CSV text that no spreadsheet runs. Numbers are written as text too (a phone number must
 * not lose its leading zero). Neutralised here rather than by papaparse's escapeFormulae, so the
 * rule is ours and tested.
 */
export function safeCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const cells = rows.map((row) => row.map((cell) => neutraliseCell(cell === null || cell === undefined ? '' : String(cell))))
  return Papa.unparse(cells, { newline: '\r\n', quotes: false, escapeFormulae: false })
}

/** A file for spreadsheet apps: a byte-order mark (they need it to read UTF-8 Japanese), then the rows. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${safeCsv(rows)}\r\n`
}
