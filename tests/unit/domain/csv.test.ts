import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { neutraliseCell, safeCsv } from '../../../src/shared/domain/csv'

describe('safeCsv', () => {
  it.each([
    ['=HYPERLINK("https://evil.example","x")', `'=HYPERLINK("https://evil.example","x")`],
    ['+81 3 0000 0000', `'+81 3 0000 0000`],
    ['-Lead', `'-Lead`],
    ['@SUM(A1:A2)', `'@SUM(A1:A2)`],
    ['\tcmd', `'\tcmd`],
    ['\rcmd', `'\rcmd`],
    ['田中 太郎', '田中 太郎'],
    ['Tanaka=Taro', 'Tanaka=Taro'],
    ['', '']
  ])('%j → %j', (cell, expected) => {
    expect(neutraliseCell(cell)).toBe(expected)
  })

  it('writes rows that read back to the neutralised cells, quoted where needed', () => {
    const csv = safeCsv([
      ['name', 'note'],
      ['=1+1', 'line one\nline "two"'],
      ['Smith, Jo', 42],
      [null, undefined]
    ])
    expect(csv.split('\r\n')[0]).toBe('name,note')
    const back = Papa.parse<string[]>(csv, { skipEmptyLines: false }).data
    expect(back).toEqual([
      ['name', 'note'],
      [`'=1+1`, 'line one\nline "two"'],
      ['Smith, Jo', '42'],
      ['', '']
    ])
  })
})
