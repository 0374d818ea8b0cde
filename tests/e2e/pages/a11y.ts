import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/**
 * No serious or critical axe finding (text contrast included) on the screen as it is now, and
 * every visible control's border at 3:1 against what surrounds it: axe has no rule for the
 * non-text contrast of WCAG 1.4.11, so that part is measured here from the painted colours.
 */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
  expect(await weakControlBorders(page)).toEqual([])
}

// The little of the DOM used below: this file compiles with Node's types, not the browser's.
interface DomNode {
  parentElement: DomNode | null
  dataset: Record<string, string | undefined>
  id: string
  tagName: string
  checkVisibility(): boolean
}
interface Canvas2D {
  fillStyle: string
  clearRect(x: number, y: number, w: number, h: number): void
  fillRect(x: number, y: number, w: number, h: number): void
  getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray }
}
interface Browser {
  document: {
    createElement(tag: 'canvas'): { getContext(kind: '2d', options: { willReadFrequently: boolean }): Canvas2D | null }
    querySelectorAll(selector: string): ArrayLike<DomNode>
  }
  getComputedStyle(node: DomNode): { backgroundColor: string; borderTopColor: string; borderTopWidth: string }
}

/** Controls whose border is below 3:1 against their own fill or the background behind them. */
function weakControlBorders(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const { document, getComputedStyle } = globalThis as unknown as Browser
    // A 1x1 canvas turns any CSS colour (hex, rgb, oklab, color-mix) into sRGB bytes.
    const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!
    const rgba = (colour: string): [number, number, number, number] => {
      context.clearRect(0, 0, 1, 1)
      context.fillStyle = colour
      context.fillRect(0, 0, 1, 1)
      const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data
      return [r!, g!, b!, a! / 255]
    }
    const over = (top: number[], bottom: number[]) => top.slice(0, 3).map((c, i) => c * top[3]! + bottom[i]! * (1 - top[3]!))
    // The colour painted behind an element: its ancestors' backgrounds, composited down to the page.
    const behind = (element: DomNode | null): number[] => {
      const layers: number[][] = []
      for (let node = element; node; node = node.parentElement) {
        const colour = rgba(getComputedStyle(node).backgroundColor)
        if (colour[3] > 0) layers.push(colour)
        if (colour[3] === 1) break
      }
      return layers.reduceRight((below, layer) => over(layer, below), [255, 255, 255])
    }
    const luminance = (rgb: number[]) =>
      rgb
        .map((c) => c / 255)
        .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
        .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0)
    const ratio = (a: number[], b: number[]) => {
      const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p)
      return (x! + 0.05) / (y! + 0.05)
    }
    const controls = document.querySelectorAll('input:not([type=checkbox]):not([type=radio]):not([type=hidden]), select, textarea')
    return Array.from(controls)
      .filter((control) => control.checkVisibility() && parseFloat(getComputedStyle(control).borderTopWidth) > 0)
      .flatMap((control) => {
        const outside = behind(control.parentElement)
        const fill = over(rgba(getComputedStyle(control).backgroundColor), outside)
        const border = over(rgba(getComputedStyle(control).borderTopColor), outside)
        const weakest = Math.min(ratio(border, outside), ratio(border, fill))
        const name = control.dataset.testid || control.id || control.tagName
        return weakest < 3 ? [`${name}: ${weakest.toFixed(2)}:1`] : []
      })
  })
}
