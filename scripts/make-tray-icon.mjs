// Draws the monochrome tray icon (a roof over three veranda boards) as template PNGs.
// Run once when the design changes: node scripts/make-tray-icon.mjs
import { writeFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'

function crc32(buffer) {
  let crc = -1
  for (const byte of buffer) {
    crc ^= byte
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1))
  }
  return (crc ^ -1) >>> 0
}

function chunk(type, data) {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

function png(size, alphaAt) {
  const rows = []
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4)
    for (let x = 0; x < size; x++) row.writeUInt32BE(Math.round(alphaAt(x + 0.5, y + 0.5) * 255), 1 + x * 4)
    rows.push(row)
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header.set([8, 6, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0))
  ])
}

// Shape in a 16-unit square: distance to the roof lines and the three boards, antialiased.
function distanceToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax
  const dy = by - ay
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy))
}
const strokes = [
  [1.5, 6.5, 8, 2],
  [8, 2, 14.5, 6.5],
  [3, 9, 13, 9],
  [3, 11.5, 13, 11.5],
  [3, 14, 13, 14]
]
const alpha = (scale) => (x, y) => {
  const d = Math.min(...strokes.map(([ax, ay, bx, by]) => distanceToSegment(x / scale, y / scale, ax, ay, bx, by)))
  return Math.max(0, Math.min(1, (0.75 - d) * scale + 0.5))
}

writeFileSync('resources/tray/trayTemplate.png', png(16, alpha(1)))
writeFileSync('resources/tray/trayTemplate@2x.png', png(32, alpha(2)))
