import { describe, expect, it } from 'vitest'
import { firstFrameElementId, parseFirstFrame, type FirstFrame } from '../../../src/shared/api/first-frame'
import { defaultSettings } from '../../../src/shared/api/settings'
import { readPageStart, withFirstFrame, type PageStart } from '../../../src/main/web/first-frame'
import { call, testCore } from '../support/core'

const page = '<!doctype html>\n<html lang="en">\n  <head>\n    <title>Engawa</title>\n  </head>\n  <body><div id="root"></div></body>\n</html>'
const frame: FirstFrame = { language: 'ja', theme: 'dark', motion: true, onboarded: true }
/** The page's start without a shell: the settings alone. */
const only = (frame: FirstFrame | null): PageStart => ({ frame, shell: null })
const served = (html: string) => ({ theme: /<html[^>]*data-theme="(\w+)"/.exec(html)?.[1], lang: /<html[^>]*lang="(\w+)"/.exec(html)?.[1] })

/** The data block's text, as the renderer's boot.ts reads it (getElementById(…).textContent). */
const blockOf = (html: string) => new RegExp(`<script type="application/json" id="${firstFrameElementId}">(.*?)</script>`).exec(html)?.[1]

describe('the first frame served with the page', () => {
  it('goes in a JSON data block in the head, which the renderer reads back as it was', () => {
    const system = { ...frame, theme: 'system' as const }
    const html = withFirstFrame(page, only(system))
    expect(html.indexOf(firstFrameElementId)).toBeLessThan(html.indexOf('</head>'))
    expect(parseFirstFrame(blockOf(html))).toEqual(system)
    // Nothing else in the page moves.
    expect(html.replace(/\s*<script type="application\/json"[^]*?<\/script>/, '')).toBe(page)
  })

  it('sets a chosen theme on the page, and leaves one that follows the system to the stylesheet', () => {
    expect(served(withFirstFrame(page, only(frame))).theme).toBe('dark')
    expect(served(withFirstFrame(page, only({ ...frame, theme: 'light' }))).theme).toBe('light')
    expect(served(withFirstFrame(page, only({ ...frame, theme: 'system' }))).theme).toBeUndefined()
  })

  it('draws the shell inside the root, in its language, and nothing when there is none', () => {
    const html = withFirstFrame(page, { frame, shell: { markup: '<nav>今日 $& $1</nav>', language: 'ja' } })
    // Taken as it is: a "$&" in the markup is text, not a pattern.
    expect(html).toContain('<div id="root"><nav>今日 $& $1</nav></div>')
    expect(served(html)).toEqual({ theme: 'dark', lang: 'ja' })
    expect(withFirstFrame(page, only(frame))).toContain('<div id="root"></div>')
    expect(served(withFirstFrame(page, only(frame))).lang).toBe('en')
  })

  it('leaves the page as built when there is nothing to carry or no head to carry it in', () => {
    expect(withFirstFrame(page, only(null))).toBe(page)
    expect(withFirstFrame('<!doctype html><title>Engawa</title>', only(frame))).toBe('<!doctype html><title>Engawa</title>')
  })

  it('can never close its own block, nor the page’s attributes, whatever a value holds', () => {
    const hostile = { ...frame, language: '</script><script>alert(1)</script>' } as unknown as FirstFrame
    const html = withFirstFrame(page, only(hostile))
    expect(html.match(/<\/script>/g)).toHaveLength(1)
    expect(served(withFirstFrame(page, only({ ...frame, theme: '"><script>' } as unknown as FirstFrame))).theme).toBeUndefined()
    expect(withFirstFrame(page, only({ ...frame, theme: '"><script>' } as unknown as FirstFrame))).not.toContain('"><script>')
    expect(JSON.parse(blockOf(html) ?? '')).toMatchObject({ language: '</script><script>alert(1)</script>' })
  })

  it('carries only language, theme, motion and onboarding, never the name, signatures or people', async () => {
    const core = testCore()
    await call(core, 'settings.update', { userName: 'Aiko Tanaka', signatures: { ja: '田中より', en: 'Aiko' }, language: 'ja', onboarded: true })
    await call(core, 'people.create', { givenName: 'Kenji', familyName: 'Sato' })
    const html = withFirstFrame(page, await readPageStart(core.dispatch, 'en-US'))
    expect(parseFirstFrame(blockOf(html))).toEqual({ language: 'ja', theme: defaultSettings.theme, motion: defaultSettings.motion, onboarded: true })
    expect(html).toContain('data-testid="nav-today"')
    for (const private_ of ['Aiko', '田中', 'Kenji']) expect(html).not.toContain(private_)
  })

  it('is empty when the settings cannot be read, so the page goes out as built', async () => {
    const failing = async () => ({ ok: false as const, error: { code: 'DATA_DAMAGED' as const, message: 'damaged' } })
    const start = await readPageStart(failing, 'ja')
    expect(start).toEqual({ frame: null, shell: null })
    expect(withFirstFrame(page, start)).toBe(page)
  })
})

describe('reading the first frame back in the renderer', () => {
  it.each([
    ['no block', undefined],
    ['an empty block', ''],
    ['not JSON', '{language: ja}'],
    ['JSON but not an object', '"ja"'],
    ['null', 'null'],
    ['an array', '["ja","dark",false,true]'],
    ['an unknown language', JSON.stringify({ ...frame, language: 'fr' })],
    ['an unknown theme', JSON.stringify({ ...frame, theme: 'sepia' })],
    ['motion as text', JSON.stringify({ ...frame, motion: 'on' })],
    ['no onboarding', JSON.stringify({ language: 'ja', theme: 'dark', motion: false })]
  ])('is null for %s: the app then waits for the settings instead', (_, text) => {
    expect(parseFirstFrame(text)).toBeNull()
  })

  it('keeps only the four settings it knows', () => {
    expect(parseFirstFrame(JSON.stringify({ ...frame, userName: 'someone' }))).toEqual(frame)
  })
})
