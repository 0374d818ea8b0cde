import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

export type DesktopRuntime = { ok: true; executablePath: string; nativeBinding: string } | { ok: false; reason: string }

const root = resolve(import.meta.dirname, '../..')

/** The Electron binary inside an unpacked Electron folder, as each platform lays it out. */
function binaryIn(dir: string): string {
  if (process.platform === 'darwin') return join(dir, 'Electron.app/Contents/MacOS/Electron')
  return join(dir, process.platform === 'win32' ? 'electron.exe' : 'electron')
}

/**
 * What the smoke test needs, or the reason it cannot run: an Electron binary (ELECTRON_OVERRIDE_DIST_PATH
 * or the one `npm start` installs), better-sqlite3 built for it (`npm start` makes it once), the built
 * app, and on Linux a display.
 */
export function desktopRuntime(): DesktopRuntime {
  const electronDir = join(root, 'node_modules/electron')
  const version = (JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')) as { version: string }).version
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  const pathFile = join(electronDir, 'path.txt')
  const executablePath = override
    ? binaryIn(override)
    : existsSync(pathFile)
      ? join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim())
      : ''
  if (!executablePath || !existsSync(executablePath)) {
    return { ok: false, reason: `no Electron ${version} binary here: set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron, or run npm start once on a connected machine` }
  }
  const nativeBinding = join(root, '.electron-native', version, 'better_sqlite3.node')
  if (!existsSync(nativeBinding)) return { ok: false, reason: `better-sqlite3 is not built for Electron ${version} (${nativeBinding}): run npm start once` }
  if (!existsSync(join(root, 'out/main/index.js'))) return { ok: false, reason: 'the app is not built: run npm run build' }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { ok: false, reason: 'no display to open a window on: run it under xvfb-run' }
  }
  return { ok: true, executablePath, nativeBinding }
}
