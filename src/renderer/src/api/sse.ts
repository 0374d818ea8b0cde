/** One server-sent event: its name ('message' when the stream gave none) and its data lines joined by \n. */
export interface SseMessage {
  event: string
  data: string
}

export interface SseParser {
  /** Feeds the next piece of text, cut anywhere (even between \r and \n). */
  push(chunk: string): void
}

/**
 * The event-stream format as the HTML standard reads it: lines end in \n, \r\n or \r; lines starting
 * with ':' are comments; several data: lines join with \n; a blank line ends a message, and a
 * message without data is dropped. Pure, so it can be tested without a network.
 */
export function createSseParser(onMessage: (message: SseMessage) => void): SseParser {
  let buffer = ''
  let started = false
  // A chunk ended in \r: if the next one starts with \n, that \n belongs to the same line ending.
  let afterCarriageReturn = false
  let event = ''
  let data: string[] = []

  function line(text: string): void {
    if (text === '') {
      if (data.length > 0) onMessage({ event: event || 'message', data: data.join('\n') })
      event = ''
      data = []
      return
    }
    if (text.startsWith(':')) return
    const colon = text.indexOf(':')
    const field = colon === -1 ? text : text.slice(0, colon)
    let value = colon === -1 ? '' : text.slice(colon + 1)
    if (value.startsWith(' ')) value = value.slice(1)
    if (field === 'event') event = value
    else if (field === 'data') data.push(value)
  }

  return {
    push(chunk) {
      if (chunk === '') return
      let text = chunk
      if (afterCarriageReturn && text.startsWith('\n')) text = text.slice(1)
      afterCarriageReturn = false
      buffer += text
      if (!started && buffer !== '') {
        started = true
        if (buffer.startsWith('\uFEFF')) buffer = buffer.slice(1)
      }
      const ending = /\r\n|\r|\n/g
      let start = 0
      for (let match = ending.exec(buffer); match; match = ending.exec(buffer)) {
        // A lone \r at the very end may be the first half of \r\n: end the line, remember it.
        if (match[0] === '\r' && match.index === buffer.length - 1) afterCarriageReturn = true
        line(buffer.slice(start, match.index))
        start = match.index + match[0].length
      }
      buffer = buffer.slice(start)
    }
  }
}
