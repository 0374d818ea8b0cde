import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

// Read as text: the tokens in styles.css are the ones the app paints with, so this fails the moment
// someone lightens a border or a text colour below WCAG AA in either theme.
const css = readFileSync(new URL('../../../src/renderer/src/styles.css', import.meta.url), 'utf8')

function tokens(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`)
  if (start < 0) throw new Error(`no ${selector} block in styles.css`)
  const block = css.slice(start, css.indexOf('}', start))
  return Object.fromEntries([...block.matchAll(/--engawa-([\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map(([, name, hex]) => [name, hex!]))
}

/** WCAG 2 relative luminance of an sRGB colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

const themes = { light: tokens(':root'), dark: tokens(":root[data-theme='dark']") }
// Every background a control or a line of text sits on.
const grounds = ['bg', 'surface', 'sunken'] as const

describe('colour tokens', () => {
  it('paints a page whose theme follows a dark system, before its script runs, with the dark tokens', () => {
    expect(tokens(':root:not([data-theme])')).toEqual(themes.dark)
    expect(Object.keys(themes.dark)).toHaveLength(13)
  })

  it('computes WCAG ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
  })

  for (const [theme, colours] of Object.entries(themes)) {
    describe(theme, () => {
      const ratio = (token: string, ground: string) => {
        const [fg, bg] = [colours[token], colours[ground]]
        if (!fg || !bg) throw new Error(`--engawa-${token} or --engawa-${ground} missing in the ${theme} theme`)
        return contrast(fg, bg)
      }

      it.each(grounds)('control borders reach 3:1 on %s (WCAG 1.4.11)', (ground) => {
        expect(ratio('control', ground)).toBeGreaterThanOrEqual(3)
      })

      it.each(grounds)('the focus ring reaches 3:1 on %s', (ground) => {
        expect(ratio('focus', ground)).toBeGreaterThanOrEqual(3)
      })

      it.each(['ink', 'muted', 'accent', 'moss', 'warn'].flatMap((token) => grounds.map((ground) => [token, ground])))(
        '%s text reaches 4.5:1 on %s (WCAG 1.4.3)',
        (token, ground) => {
          expect(ratio(token!, ground!)).toBeGreaterThanOrEqual(4.5)
        }
      )

      it('text on the accent button reaches 4.5:1', () => {
        expect(ratio('accent-ink', 'accent')).toBeGreaterThanOrEqual(4.5)
      })
    })
  }
})
