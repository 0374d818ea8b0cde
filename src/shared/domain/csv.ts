/*
 * A small CSV writer for label-printing software (RFC 4180: CRLF, quotes doubled). A cell that a
 * spreadsheet would read as a formula (starting with = + - @, a tab or a carriage return) gets a
 * leading apostrophe, so opening the file never runs anything (OWASP's CSV injection advice).
 */

const formulaStart = /^[=+\-@\t\r]/u

export function csvCell(value: string): string {
  const safe = formulaStart.test(value) ? `'${value}` : value
  return /[",\r\n]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe
}

/** Rows to CSV text with a byte-order mark, which spreadsheet apps need to read UTF-8 Japanese. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`
}
