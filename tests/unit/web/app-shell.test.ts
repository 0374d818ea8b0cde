import { describe, expect, it } from 'vitest'
import type { FirstFrame } from '../../../src/shared/api/first-frame'
import { renderServedShell, servedLanguage } from '../../../src/main/web/app-shell'

const frame: FirstFrame = { language: 'system', theme: 'system', motion: true, onboarded: true }

describe('the language the served shell is drawn in', () => {
  it.each([
    ['ja', undefined, 'ja'],
    ['en', 'ja-JP', 'en'],
    ['system', 'ja-JP,ja;q=0.9,en;q=0.8', 'ja'],
    ['system', 'ja', 'ja'],
    ['system', 'JA-jp', 'ja'],
    ['system', 'en-GB,en;q=0.9,ja;q=0.8', 'en'],
    ['system', 'fr-FR', 'en'],
    ['system', ' de;q=0.9 ', 'en']
  ] as const)('setting %s with Accept-Language %s: %s, as the renderer would choose', (setting, accept, language) => {
    expect(servedLanguage(setting, accept)).toBe(language)
  })

  it('puts only a language the app has into the page, whatever the setting holds', () => {
    expect(servedLanguage('"><script>' as never, 'ja')).toBe('en')
  })

  it.each([undefined, '', '*', ',', ';q=1'])('cannot be told for "system" from %j: no shell then', (accept) => {
    expect(servedLanguage('system', accept)).toBeNull()
  })
})

describe('the shell drawn into the served page', () => {
  it('is the navigation and an empty column, in the language asked for, with Today marked', async () => {
    const ja = await renderServedShell(frame, 'ja-JP', 'linux')
    expect(ja?.language).toBe('ja')
    expect(ja?.markup).toMatch(/^<div class="flex h-screen">/)
    expect(ja?.markup).toContain('<nav aria-label="メイン"')
    expect(ja?.markup).toMatch(/<a href="#\/today" aria-current="page"[^>]*>今日<\/a>/)
    expect(ja?.markup.match(/aria-current/g)).toHaveLength(1)
    expect(ja?.markup).toContain('<main id="main" class="min-w-0 flex-1 overflow-auto px-10 py-8"></main>')
    // No ready signal: the tests and the bench wait for React's, not for the server's drawing.
    expect(ja?.markup).not.toContain('app-ready')
    const en = await renderServedShell({ ...frame, language: 'en' }, 'ja-JP', 'linux')
    expect(en?.markup).toContain('>Today</a>')
  })

  it('says Cmd on macOS and Ctrl elsewhere, as the renderer does', async () => {
    const mac = await renderServedShell(frame, 'en', 'darwin')
    const linux = await renderServedShell(frame, 'en', 'linux')
    expect(mac?.markup).not.toBe(linux?.markup)
    expect(mac?.markup).toContain('⌘')
    expect(linux?.markup).toContain('Ctrl')
  })

  it('is not drawn before onboarding (the first frame is the welcome), nor when the language is unknown', async () => {
    expect(await renderServedShell({ ...frame, onboarded: false }, 'en', 'linux')).toBeNull()
    expect(await renderServedShell(frame, undefined, 'linux')).toBeNull()
    expect(await renderServedShell(null, 'en', 'linux')).toBeNull()
  })
})
