import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createSseParser, type SseMessage } from '../../../src/renderer/src/api/sse'

/** Feeds the chunks in order and returns every message the parser handed on. */
function parse(chunks: string[]): SseMessage[] {
  const messages: SseMessage[] = []
  const parser = createSseParser((message) => messages.push(message))
  for (const chunk of chunks) parser.push(chunk)
  return messages
}

/** Cuts text at the given offsets (any order, duplicates allowed), keeping every character. */
function cut(text: string, offsets: number[]): string[] {
  const points = [...new Set(offsets.map((offset) => offset % (text.length + 1)))].sort((a, b) => a - b)
  const pieces: string[] = []
  let start = 0
  for (const point of points) {
    pieces.push(text.slice(start, point))
    start = point
  }
  return [...pieces, text.slice(start)]
}

describe('server-sent events parser', () => {
  it('reads named messages after the ready comment', () => {
    expect(parse([': ready\n\nevent: changed\ndata: {"areas":["people"]}\n\n'])).toEqual([{ event: 'changed', data: '{"areas":["people"]}' }])
  })

  it('joins a message split across chunks, even mid-field', () => {
    expect(parse(['event: cha', 'nged\nda', 'ta: {"a', 'reas":[]}\n', '\n'])).toEqual([{ event: 'changed', data: '{"areas":[]}' }])
  })

  it('reads several messages in one chunk, and waits for the blank line of the last', () => {
    const messages: SseMessage[] = []
    const parser = createSseParser((message) => messages.push(message))
    parser.push('event: job\ndata: 1\n\nevent: changed\ndata: 2\n\nevent: job\ndata: 3\n')
    expect(messages.map((m) => m.data)).toEqual(['1', '2'])
    parser.push('\n')
    expect(messages).toEqual([
      { event: 'job', data: '1' },
      { event: 'changed', data: '2' },
      { event: 'job', data: '3' }
    ])
  })

  it('accepts \\r\\n and \\r line endings, also with \\r\\n cut between chunks', () => {
    expect(parse(['event: job\r\ndata: 1\r\n\r\n'])).toEqual([{ event: 'job', data: '1' }])
    expect(parse(['event: job\rdata: 2\r\r'])).toEqual([{ event: 'job', data: '2' }])
    // The \r and its \n arrive apart: still one line ending, not a blank line ending the message early.
    expect(parse(['event: job\r', '\ndata: 3\r', '\n\r', '\n'])).toEqual([{ event: 'job', data: '3' }])
  })

  it('joins multi-line data with \\n, skips comments, and strips one space after the colon only', () => {
    expect(parse([': keep-alive\nevent: job\ndata: first\n: between\ndata:second\ndata:  indented\n\n'])).toEqual([
      { event: 'job', data: 'first\nsecond\n indented' }
    ])
  })

  it('names an unnamed message "message", drops one without data, and ignores a leading BOM', () => {
    expect(parse(['\uFEFFdata: x\n\nevent: job\n\nid: 7\nretry: 10\n\n'])).toEqual([{ event: 'message', data: 'x' }])
    expect(parse(['data\n\n'])).toEqual([{ event: 'message', data: '' }])
  })

  it('yields the same messages however the stream is cut', () => {
    const dataLine = fc.stringMatching(/^[^\r\n]{0,12}$/)
    const message = fc.record({
      event: fc.constantFrom('changed', 'job', 'followups.open'),
      lines: fc.array(dataLine, { minLength: 1, maxLength: 3 }),
      comment: fc.boolean()
    })
    fc.assert(
      fc.property(fc.array(message, { maxLength: 6 }), fc.constantFrom('\n', '\r\n', '\r'), fc.array(fc.nat(), { maxLength: 12 }), (messages, eol, offsets) => {
        const text = messages
          .map((m) => [...(m.comment ? [': ping'] : []), `event: ${m.event}`, ...m.lines.map((line) => `data: ${line}`), ''].join(eol) + eol)
          .join('')
        const expected = messages.map((m) => ({ event: m.event, data: m.lines.join('\n') }))
        expect(parse([text])).toEqual(expected)
        expect(parse(cut(text, offsets))).toEqual(expected)
        expect(parse([...text])).toEqual(expected)
      })
    )
  })
})
