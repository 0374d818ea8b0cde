import Papa from 'papaparse'

export interface CsvRecord {
  /** The row a spreadsheet shows it on (the file's first record is row 1). */
  row: number
  cells: string[]
}

export class MalformedFileError extends Error {}

/**
 * Records of a CSV text, numbered as a spreadsheet numbers its rows (a quoted cell may span lines
 * and is still one row). Empty records are left out but keep their number. An unclosed quote that
 * swallows the rest of the file makes it malformed.
 */
export function readCsv(text: string): CsvRecord[] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/u, ''), { header: false, skipEmptyLines: false, delimiter: ',' })
  if (parsed.errors.some((error) => error.code === 'MissingQuotes' || error.code === 'InvalidQuotes')) {
    throw new MalformedFileError('A quoted cell is never closed')
  }
  const records: CsvRecord[] = []
  parsed.data.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return
    records.push({ row: index + 1, cells })
  })
  return records
}

/** Maps header names (trimmed, case-insensitive) to their first column. */
export function headerIndex(header: readonly string[]): (name: string) => number {
  const columns = new Map<string, number>()
  header.forEach((name, index) => {
    const key = name.trim().toLowerCase()
    if (!columns.has(key)) columns.set(key, index)
  })
  return (name) => columns.get(name.toLowerCase()) ?? -1
}
