import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { Resvg } from '@resvg/resvg-js'
import { afterAll, describe, expect, it } from 'vitest'
import { appSizes, trayInks, traySvg, writeIcons } from '../../../scripts/icons.mjs'

const root = join(import.meta.dirname, '../../..')
const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** Width and height from a PNG's IHDR, after checking the signature and RGBA colour type. */
function pngSize(data: Buffer): { width: number; height: number } {
  expect(data.subarray(0, 8).equals(pngSignature)).toBe(true)
  expect(data.toString('ascii', 12, 16)).toBe('IHDR')
  expect(data[25]).toBe(6)
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) }
}

function icoEntries(data: Buffer) {
  expect(data.readUInt16LE(0)).toBe(0)
  expect(data.readUInt16LE(2)).toBe(1)
  return Array.from({ length: data.readUInt16LE(4) }, (_, index) => {
    const at = 6 + 16 * index
    const png = data.subarray(data.readUInt32LE(at + 12), data.readUInt32LE(at + 12) + data.readUInt32LE(at + 8))
    return { declared: data[at] || 256, ...pngSize(png) }
  })
}

function icnsEntries(data: Buffer) {
  expect(data.toString('ascii', 0, 4)).toBe('icns')
  expect(data.readUInt32BE(4)).toBe(data.length)
  const entries: { type: string; width: number }[] = []
  for (let at = 8; at < data.length; at += data.readUInt32BE(at + 4)) {
    entries.push({ type: data.toString('ascii', at, at + 4), width: pngSize(data.subarray(at + 8, at + data.readUInt32BE(at + 4))).width })
  }
  return entries
}

const out = mkdtempSync(join(tmpdir(), 'engawa-icons-'))
afterAll(() => rmSync(out, { recursive: true, force: true }))

describe('npm run icons', () => {
  // The script as CI runs it, into a scratch folder; then the committed set, which packaging reads.
  const written = writeIcons(out, join(root, 'resources/icon.svg')).map((file) => relative(out, file))

  it.each([
    ['a fresh run', out],
    ['the committed icons', root]
  ])('%s: app PNGs at every size from 16 to 1024, an .ico and an .icns', (_label, base) => {
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(pngSize(readFileSync(join(base, `resources/icons/png/${size}x${size}.png`)))).toEqual({ width: size, height: size })
    }
    expect(pngSize(readFileSync(join(base, 'resources/icons/icon.png')))).toEqual({ width: 1024, height: 1024 })
    const ico = icoEntries(readFileSync(join(base, 'resources/icons/icon.ico')))
    expect(ico.map((entry) => entry.width)).toEqual([16, 24, 32, 48, 64, 256])
    for (const entry of ico) expect(entry.declared).toBe(entry.height)
    const icns = icnsEntries(readFileSync(join(base, 'resources/icons/icon.icns')))
    expect(Object.fromEntries(icns.map((entry) => [entry.type, entry.width]))).toEqual({
      icp4: 16, icp5: 32, ic11: 32, ic07: 128, ic12: 64, ic08: 256, ic13: 256, ic09: 512, ic14: 512, ic10: 1024
    })
    for (const name of ['trayTemplate', 'tray-on-light', 'tray-on-dark']) {
      expect(pngSize(readFileSync(join(base, `resources/tray/${name}.png`))).width).toBe(16)
      expect(pngSize(readFileSync(join(base, `resources/tray/${name}@2x.png`))).width).toBe(32)
    }
  })

  it('writes exactly the files packaging and the tray use', () => {
    expect(written).toHaveLength(appSizes.length + 3 + 6)
    expect(appSizes).toEqual([16, 24, 32, 48, 64, 128, 256, 512, 1024])
  })

  it('draws the macOS template in black with alpha only, and both tray inks with something to see', () => {
    const svg = readFileSync(join(root, 'resources/icon.svg'), 'utf8')
    for (const [suffix, ink] of Object.entries(trayInks)) {
      const pixels = new Resvg(traySvg(svg, ink), { fitTo: { mode: 'width', value: 32 } }).render().pixels
      let opaque = 0
      for (let at = 0; at < pixels.length; at += 4) {
        if (pixels[at + 3] === 0) continue
        opaque++
        if (suffix === 'Template') expect([pixels[at], pixels[at + 1], pixels[at + 2]]).toEqual([0, 0, 0])
      }
      // Strokes, not a filled tile: some of the square and far from all of it.
      expect(opaque).toBeGreaterThan(32 * 32 * 0.15)
      expect(opaque).toBeLessThan(32 * 32 * 0.7)
    }
  })
})
