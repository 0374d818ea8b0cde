import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { chromium } from '@playwright/test'
import { describe, expect, it } from 'vitest'
import { launchPlainChromium, splitMessages } from '../../../src/main/cli/bench-plain-chromium'
import { findChromium } from '../../../src/main/cli/chromium'

describe('the DevTools pipe’s messages', () => {
  it('are split at each NUL, keeping an unfinished one for the next chunk', () => {
    expect(splitMessages('{"id":1}\0{"id":2}\0{"id"')).toEqual({ messages: ['{"id":1}', '{"id":2}'], rest: '{"id"' })
    expect(splitMessages('{"id":3}\0')).toEqual({ messages: ['{"id":3}'], rest: '' })
    expect(splitMessages('')).toEqual({ messages: [], rest: '' })
  })
})

describe('a Chromium without Playwright attached', () => {
  it('answers the first contentful paint of a page, then of a second in a new context', async () => {
    const server = createServer((_request, response) =>
      response.writeHead(200, { 'Content-Type': 'text/html' }).end('<!doctype html><p>Something to paint</p>')
    )
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
    const plain = launchPlainChromium(findChromium() ?? chromium.executablePath())
    try {
      const paints = [await plain.firstContentfulPaint(url), await plain.firstContentfulPaint(url)]
      for (const paint of paints) {
        expect(paint).toBeGreaterThan(0)
        expect(paint).toBeLessThan(30_000)
      }
    } finally {
      await plain.close()
      server.close()
    }
  }, 60_000)
})
