// npm run icons: every app and tray icon from resources/icon.svg, rendered with resvg.
// The outputs are committed (packaging and `npm start` read them); re-run when the design changes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Resvg } from '@resvg/resvg-js'

export const appSizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024]
const icoSizes = [16, 24, 32, 48, 64, 256]
// ICNS element types holding PNG data, by pixel size (the @2x ones share a size with a @1x one).
const icnsTypes = [
  ['icp4', 16], ['icp5', 32], ['ic11', 32], ['ic07', 128], ['ic12', 64],
  ['ic08', 256], ['ic13', 256], ['ic09', 512], ['ic14', 512], ['ic10', 1024]
]
/** Tray variants: a macOS template (black + alpha) and dark or light ink for light or dark bars. */
export const trayInks = { Template: '#000000', '-on-light': '#1d1b18', '-on-dark': '#f7f3ea' }

export function render(svg, size) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render().asPng()
}

/** The tray shows the app icon's roof and boards without its tile, filling the square. */
export function traySvg(appSvg, ink) {
  return appSvg
    .replace(/<rect[^>]*\/>/, '')
    .replace('viewBox="0 0 64 64"', 'viewBox="8 8 48 48"')
    .replaceAll(/stroke="#[0-9a-fA-F]{3,6}"/g, `stroke="${ink}"`)
}

/** ICO: PNG entries (Windows Vista and later read them at every size). */
export function ico(pngs) {
  const header = Buffer.alloc(6 + 16 * pngs.length)
  header.writeUInt16LE(1, 2)
  header.writeUInt16LE(pngs.length, 4)
  let offset = header.length
  pngs.forEach(({ size, data }, index) => {
    const at = 6 + 16 * index
    header.writeUInt8(size >= 256 ? 0 : size, at)
    header.writeUInt8(size >= 256 ? 0 : size, at + 1)
    header.writeUInt16LE(1, at + 4)
    header.writeUInt16LE(32, at + 6)
    header.writeUInt32LE(data.length, at + 8)
    header.writeUInt32LE(offset, at + 12)
    offset += data.length
  })
  return Buffer.concat([header, ...pngs.map((png) => png.data)])
}

/** ICNS: a big-endian list of (type, length, PNG) elements after an 'icns' header. */
export function icns(pngBySize) {
  const elements = icnsTypes.map(([type, size]) => {
    const head = Buffer.alloc(8)
    head.write(type, 0, 'ascii')
    head.writeUInt32BE(8 + pngBySize.get(size).length, 4)
    return Buffer.concat([head, pngBySize.get(size)])
  })
  const head = Buffer.alloc(8)
  head.write('icns', 0, 'ascii')
  head.writeUInt32BE(8 + elements.reduce((sum, element) => sum + element.length, 0), 4)
  return Buffer.concat([head, ...elements])
}

/** Writes resources/icons (app) and resources/tray (tray) under root; returns the files written. */
export function writeIcons(root, source = join(root, 'resources/icon.svg')) {
  const svg = readFileSync(source, 'utf8')
  const written = []
  const write = (file, data) => {
    writeFileSync(file, data)
    written.push(file)
  }
  const iconsDir = join(root, 'resources/icons')
  mkdirSync(join(iconsDir, 'png'), { recursive: true })
  const pngBySize = new Map(appSizes.map((size) => [size, render(svg, size)]))
  for (const [size, data] of pngBySize) write(join(iconsDir, 'png', `${size}x${size}.png`), data)
  write(join(iconsDir, 'icon.png'), pngBySize.get(1024))
  write(join(iconsDir, 'icon.ico'), ico(icoSizes.map((size) => ({ size, data: pngBySize.get(size) }))))
  write(join(iconsDir, 'icon.icns'), icns(pngBySize))
  const trayDir = join(root, 'resources/tray')
  mkdirSync(trayDir, { recursive: true })
  for (const [suffix, ink] of Object.entries(trayInks)) {
    write(join(trayDir, `tray${suffix}.png`), render(traySvg(svg, ink), 16))
    write(join(trayDir, `tray${suffix}@2x.png`), render(traySvg(svg, ink), 32))
  }
  return written
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = resolve(process.argv[2] ?? '.')
  console.log(`Wrote ${writeIcons(root).length} icons under ${join(root, 'resources')}.`)
}
