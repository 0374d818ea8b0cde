// npm run dist [-- --dir]: installers for this platform with electron-builder (electron-builder.config.mjs).
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { buildIfNeeded } from './build-if-needed.mjs'

const electronDir = resolve('node_modules/electron')
const electronVersion = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version
const nodeBuild = resolve('node_modules/better-sqlite3/build/Release/better_sqlite3.node')
const stop = (sentence) => {
  console.error(sentence)
  process.exit(1)
}

/**
 * Packaging needs Electron's own binary for this platform: an unpacked one named by
 * ELECTRON_OVERRIDE_DIST_PATH, or one that can be downloaded. Electron's installer is the probe: it
 * fails within seconds offline, and on success electron-builder can fetch what it needs the same way.
 */
function electronArgs() {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  if (override) {
    if (!existsSync(override)) stop(`npm run dist needs an unpacked Electron ${electronVersion} at ELECTRON_OVERRIDE_DIST_PATH (${override}), and there is none.`)
    return [`-c.electronDist=${resolve(override)}`]
  }
  console.log(`Checking that Electron ${electronVersion} can be downloaded…`)
  const probe = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'ignore', timeout: 300_000 })
  if (probe.status !== 0) {
    stop(
      `npm run dist needs to download Electron ${electronVersion} for ${process.platform}-${process.arch} and could not: connect this computer to the internet, or set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron ${electronVersion}, and run it again.`
    )
  }
  return []
}

const extraArgs = electronArgs()
buildIfNeeded()
// electron-builder rebuilds better-sqlite3 for Electron in node_modules itself; tests and browser
// mode need the Node build, so it is put back whatever happens.
const saved = join(mkdtempSync(join(tmpdir(), 'engawa-dist-')), 'better_sqlite3.node')
copyFileSync(nodeBuild, saved)
let status
try {
  const builder = resolve('node_modules/electron-builder/cli.js')
  status = spawnSync(process.execPath, [builder, '--config', 'electron-builder.config.mjs', ...extraArgs, ...process.argv.slice(2)], { stdio: 'inherit' }).status ?? 1
} finally {
  copyFileSync(saved, nodeBuild)
  rmSync(saved, { force: true })
}
if (status === 0) console.log('The packages are in dist/.')
process.exit(status)
