import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { linkedInCsv } from '../../../src/main/cli/bench-import'
import { MalformedFileError, readCsvSteps } from '../../../src/main/import/csv'
import { runInSlices, runToEnd } from '../../../src/main/import/steps'

const fixtures = join(import.meta.dirname, '../../fixtures/import')
const whole = (text: string) => runToEnd(readCsvSteps(text, Number.MAX_SAFE_INTEGER))
const sliced = (text: string, chars: number) => runToEnd(readCsvSteps(text, chars))

const texts: [string, string][] = [
  ...readdirSync(fixtures)
    .filter((name) => name.endsWith('.csv') && !name.includes('unclosed'))
    .map((name): [string, string] => [name, readFileSync(join(fixtures, name), 'utf8')]),
  ['generated', linkedInCsv(300)],
  ['CRLF with blank lines', linkedInCsv(40).replace(/\n/gu, '\r\n')],
  ['blank lines and a cell over lines', 'a,b\n\n\nc,"d\n\ne"\n\n"x""y",z\n'],
  ['a stray quote in an unquoted cell', 'a,b"c\nd,"e\nf"\ng,h\n'],
  ['no final line break', 'a,b\nc,d']
]

describe('the CSV read a slice at a time', () => {
  it.each(texts)('%s: the same records, numbered the same, whatever the slice size', (_name, text) => {
    const expected = whole(text)
    for (const chars of [1, 3, 7, 20, 100]) expect(sliced(text, chars)).toEqual(expected)
  })

  it('an unclosed quote is malformed however it is sliced', () => {
    const text = readFileSync(join(fixtures, 'linkedin-unclosed-quote.csv'), 'utf8')
    for (const chars of [1, 20, Number.MAX_SAFE_INTEGER]) expect(() => sliced(text, chars)).toThrow(MalformedFileError)
  })

  it('in slices, progress is reported as the text is read, and a cancel stops it', async () => {
    const text = linkedInCsv(2000)
    const reports: number[] = []
    const records = await runInSlices(readCsvSteps(text, 1000), { sliceSteps: 10, onStep: (step) => reports.push(step.done) })
    expect(records).toEqual(whole(text))
    expect(reports.length).toBeGreaterThan(2)
    const controller = new AbortController()
    await expect(runInSlices(readCsvSteps(text, 1000), { sliceSteps: 10, signal: controller.signal, onStep: () => controller.abort() })).rejects.toThrow()
  })
})
