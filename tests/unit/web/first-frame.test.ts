import { describe, expect, it } from 'vitest'
import { firstFrameElementId, parseFirstFrame, type FirstFrame } from '../../../src/shared/api/first-frame'
import { defaultSettings } from '../../../src/shared/api/settings'
import { readFirstFrame, withFirstFrame } from '../../../src/main/web/first-frame'
import { call, testCore } from '../support/core'

const page = '<!doctype html>\n<html lang="en">\n  <head>\n    <title>Engawa</title>\n  </head>\n  <body><div id="root"></div></body>\n</html>'
const frame: FirstFrame = { language: 'ja', theme: 'dark', motion: true, onboarded: true }

/** The data block's text, as the renderer's boot.ts reads it (getElementById(…).textContent). */
const blockOf = (html: string) => new RegExp(`<script type="application/json" id="${firstFrameElementId}">(.*?)</script>`).exec(html)?.[1]

describe('the first frame served with the page', () => {
  it('goes in a JSON data block in the head, which the renderer reads back as it was', () => {
    const served = withFirstFrame(page, frame)
    expect(served.indexOf(firstFrameElementId)).toBeLessThan(served.indexOf('</head>'))
    expect(parseFirstFrame(blockOf(served))).toEqual(frame)
    // Nothing else in the page moves.
    expect(served.replace(/\s*<script type="application\/json"[^]*?<\/script>/, '')).toBe(page)
  })

  it('leaves the page as built when there is nothing to carry or no head to carry it in', () => {
    expect(withFirstFrame(page, null)).toBe(page)
    expect(withFirstFrame('<!doctype html><title>Engawa</title>', frame)).toBe('<!doctype html><title>Engawa</title>')
  })

  it('can never close its own block, whatever a value holds', () => {
    const hostile = { ...frame, language: '</script><script>alert(1)</script>' } as unknown as FirstFrame
    const served = withFirstFrame(page, hostile)
    expect(served.match(/<\/script>/g)).toHaveLength(1)
    expect(JSON.parse(blockOf(served) ?? '')).toMatchObject({ language: '</script><script>alert(1)</script>' })
  })

  it('carries only language, theme, motion and onboarding, never the name or signatures', async () => {
    const core = testCore()
    await call(core, 'settings.update', { userName: 'Aiko Tanaka', signatures: { ja: '田中より', en: 'Aiko' }, language: 'ja', onboarded: true })
    const served = withFirstFrame(page, await readFirstFrame(core.dispatch))
    expect(parseFirstFrame(blockOf(served))).toEqual({ language: 'ja', theme: defaultSettings.theme, motion: defaultSettings.motion, onboarded: true })
    expect(served).not.toContain('Aiko')
    expect(served).not.toContain('田中')
  })

  it('is null when the settings cannot be read, so the page goes out as built', async () => {
    const failing = async () => ({ ok: false as const, error: { code: 'DATA_DAMAGED' as const, message: 'damaged' } })
    expect(await readFirstFrame(failing)).toBeNull()
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
