import Papa from 'papaparse'
import type { Steps } from './steps'
import { runToEnd } from './steps'

export interface CsvRecord {
  /** The row a spreadsheet shows it on (the file's first record is row 1). */
  row: number
  cells: string[]
}

export class MalformedFileError extends Error {}

/** Characters handed to the CSV parser at once: a few ms of work. */
const sliceChars = 128 * 1024

/**
 * Records of a CSV text, numbered as a spreadsheet numbers its rows (a quoted cell may span lines
 * and is still one row). Empty records are left out but keep their number. An unclosed quote that
 * swallows the rest of the file makes it malformed.
 */
export function readCsv(text: string): CsvRecord[] {
  return runToEnd(readCsvSteps(text))
}

/**
 * readCsv a slice at a time. Slices end at a line break outside quotes (an even count of `"`
 * before it); a cut that lands inside a quoted cell anyway (a stray quote in an unquoted cell)
 * leaves that slice with an unclosed quote, and the whole text is then parsed at once: the
 * records are always those of one parse. Yields the characters read so far.
 */
export function* readCsvSteps(source: string, chars = sliceChars): Steps<CsvRecord[]> {
  const text = source.replace(/^\uFEFF/u, '')
  const records: CsvRecord[] = []
  let start = 0
  let rowBase = 0
  while (start < text.length) {
    const end = sliceEnd(text, start, chars)
    const slice = text.slice(start, end > 0 && text[end - 1] === '\r' ? end - 1 : end)
    // An empty slice is one empty record (a blank line), which the parser would not count.
    const data = slice === '' ? [['']] : parseCells(slice)
    if (!data) return parseWhole(text)
    data.forEach((cells, index) => {
      if (!cells.every((cell) => cell.trim() === '')) records.push({ row: rowBase + index + 1, cells })
    })
    rowBase += data.length
    start = end + 1
    yield { phase: 'reading', done: Math.min(start, text.length), total: text.length }
  }
  return records
}

/** Where the slice from `start` ends: the first line break outside quotes after `chars`, else the text's end. */
function sliceEnd(text: string, start: number, chars: number): number {
  if (text.length - start <= chars) return text.length
  let quotes = 0
  for (let at = start; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if (code === 34) quotes++
    else if (code === 10 && quotes % 2 === 0 && at - start >= chars) return at
  }
  return text.length
}

/** The cells of each record, or null when a quote is never closed. */
function parseCells(text: string): string[][] | null {
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter: ',' })
  if (parsed.errors.some((error) => error.code === 'MissingQuotes' || error.code === 'InvalidQuotes')) return null
  return parsed.data
}

function parseWhole(text: string): CsvRecord[] {
  const data = parseCells(text)
  if (!data) throw new MalformedFileError('A quoted cell is never closed')
  const records: CsvRecord[] = []
  data.forEach((cells, index) => {
    if (!cells.every((cell) => cell.trim() === '')) records.push({ row: index + 1, cells })
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
