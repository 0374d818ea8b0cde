// npm run test:packaging: runs electron-builder on electron-builder.config.mjs for real, offline,
// with a stand-in Electron that carries only a fuse wire, and checks what lands in the unpacked app.
// It proves the config is accepted, the afterPack hook flips the fuses, and the archive holds the
// right files; the real binary and installers are left to `npm run dist` on a connected machine.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { listPackage } from '@electron/asar'
import { getCurrentFuseWire } from '@electron/fuses'

const root = resolve(import.meta.dirname, '..')
const work = mkdtempSync(join(tmpdir(), 'engawa-pack-'))
const fakeElectron = join(work, 'electron')
const output = join(work, 'dist')
const failures = []
let passed = 0
const check = (ok, what) => (ok ? passed++ : failures.push(what))

try {
  if (!existsSync(join(root, 'out/main/index.js'))) throw new Error('the app is not built: run npm run build first')
  // Electron's sentinel, wire version 1, then eight fuses all in their default, unflipped state.
  mkdirSync(join(fakeElectron, 'resources'), { recursive: true })
  const wire = Buffer.concat([Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), Buffer.from([1, 8]), Buffer.from('11110100')])
  writeFileSync(join(fakeElectron, 'electron'), wire, { mode: 0o755 })
  const builder = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/electron-builder/cli.js'),
      '--config', 'electron-builder.config.mjs', '--linux', '--dir',
      `-c.electronDist=${fakeElectron}`, '-c.npmRebuild=false', `-c.directories.output=${output}`
    ],
    { cwd: root, encoding: 'utf8', timeout: 300_000 }
  )
  if (builder.status !== 0) throw new Error(`electron-builder failed:\n${builder.stdout}\n${builder.stderr}`)

  const app = join(output, 'linux-unpacked')
  check(existsSync(join(app, 'engawa')), 'the binary is named engawa')
  const fuses = await getCurrentFuseWire(join(app, 'engawa'))
  const on = (index) => fuses[index] === '1'.charCodeAt(0)
  check(!on(0) && !on(2) && !on(3), 'RunAsNode, NODE_OPTIONS and --inspect are off')
  check(on(1) && on(4) && on(5), 'cookie encryption, asar integrity and asar-only loading are on')

  const files = new Set(listPackage(join(app, 'resources/app.asar'), { isPack: false }).map((file) => file.replaceAll('\\', '/')))
  // React's server renderer draws the shell into the served page (main/web/app-shell.ts).
  const served = ['/node_modules/react/index.js', '/node_modules/react-dom/server.node.js']
  for (const file of ['/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/package.json', '/node_modules/better-sqlite3/lib/index.js', ...served]) {
    check(files.has(file), `app.asar holds ${file}`)
  }
  const stray = [...files].filter((file) => /^\/(src|tests|scripts|resources|docs)\//.test(file) || file.endsWith('.map') || file.includes('/better-sqlite3/deps/'))
  check(stray.length === 0, `app.asar holds no sources, tests, maps or SQLite sources (found ${stray.slice(0, 5).join(', ')})`)
  const unpacked = join(app, 'resources/app.asar.unpacked/node_modules/better-sqlite3/build/Release')
  check(existsSync(join(unpacked, 'better_sqlite3.node')), 'better_sqlite3.node is unpacked beside the archive')
  check(!existsSync(join(unpacked, 'test_extension.node')), 'better-sqlite3\'s test extension is left out')
  const tray = readdirSync(join(app, 'resources/tray')).sort()
  check(tray.join() === 'tray-on-dark.png,tray-on-dark@2x.png,tray-on-light.png,tray-on-light@2x.png,trayTemplate.png,trayTemplate@2x.png', 'the tray icons sit in resources/tray')

  // The first screen's code is one file (electron.vite.config.ts).
  const page = readFileSync(join(root, 'out/renderer/index.html'), 'utf8')
  const scripts = [...page.matchAll(/<script type="module"[^>]* src="\.\/([^"]+)"/g)].map((match) => match[1])
  check(scripts.length === 1 && !page.includes('modulepreload'), `the first screen loads one script and nothing beside it (found ${scripts.join(', ')})`)
} catch (error) {
  failures.push(error instanceof Error ? error.message : String(error))
} finally {
  rmSync(work, { recursive: true, force: true })
}
for (const failure of failures) console.error(`✗ ${failure}`)
console.log(`packaging: ${passed} passed, ${failures.length} failed`)
process.exit(failures.length === 0 ? 0 : 1)
