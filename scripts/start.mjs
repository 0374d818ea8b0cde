import { spawn, spawnSync } from 'node:child_process'
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { buildIfNeeded } from './build-if-needed.mjs'

// npm start: the desktop app where Electron can be prepared, browser mode where it cannot.
const electronDir = resolve('node_modules/electron')
const electronVersion = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version
const nativeDir = resolve('.electron-native', electronVersion)
const nativeBinding = join(nativeDir, 'better_sqlite3.node')

function run(command, args, options = {}) {
  return spawnSync(command, args, { stdio: 'inherit', timeout: 300_000, ...options }).status === 0
}

/** Electron 42+ fetches its binary on first use rather than at install. */
function electronBinary() {
  const pathFile = join(electronDir, 'path.txt')
  const binary = () => existsSync(pathFile) && join(electronDir, 'dist', readFileSync(pathFile, 'utf8'))
  if (binary() && existsSync(binary())) return binary()
  console.log(`Fetching Electron ${electronVersion} (first run only)…`)
  // Its own stack trace on a failed download says less than our message below, so it is not shown.
  if (!run(process.execPath, [join(electronDir, 'install.js')], { stdio: ['ignore', 'inherit', 'ignore'] })) return null
  return binary() && existsSync(binary()) ? binary() : null
}

/**
 * better-sqlite3 is compiled against Node's V8; Electron needs its own build. It is made in a copy
 * of the package and kept under .electron-native/, so tests and browser mode keep the Node build.
 */
function electronSqliteBuild() {
  if (existsSync(nativeBinding)) return nativeBinding
  console.log(`Preparing the database module for Electron ${electronVersion} (first run only)…`)
  const work = mkdtempSync(join(tmpdir(), 'engawa-native-'))
  try {
    cpSync('node_modules/better-sqlite3', work, { recursive: true })
    const target = ['--runtime=electron', `--target=${electronVersion}`, `--arch=${process.arch}`]
    const ok =
      run(process.execPath, [resolve('node_modules/prebuild-install/bin.js'), ...target], { cwd: work, stdio: 'ignore' }) ||
      run('npx', ['--no-install', 'node-gyp', 'rebuild', '--release', ...target, '--dist-url=https://electronjs.org/headers'], {
        cwd: work,
        stdio: 'ignore'
      })
    const built = join(work, 'build', 'Release', 'better_sqlite3.node')
    if (!ok || !existsSync(built)) return null
    mkdirSync(nativeDir, { recursive: true })
    copyFileSync(built, nativeBinding)
    return nativeBinding
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

function fallBackToBrowser(reason) {
  console.log(`\nThe desktop window cannot be started here: ${reason}`)
  console.log('Engawa opens in your browser instead, with the same data. Nothing leaves this computer.\n')
  const web = spawn(process.execPath, ['scripts/web.mjs', ...process.argv.slice(2)], { stdio: 'inherit' })
  web.on('exit', (code) => process.exit(code ?? 0))
}

buildIfNeeded()
const electron = electronBinary()
if (!electron) {
  fallBackToBrowser('the Electron runtime could not be downloaded (is this computer offline?).')
} else {
  const binding = electronSqliteBuild()
  if (!binding) {
    fallBackToBrowser('the database module could not be built for Electron (its build needs a network connection once).')
  } else {
    const app = spawn(electron, ['.'], { stdio: 'inherit', env: { ...process.env, ENGAWA_NATIVE_BINDING: binding } })
    app.on('exit', (code) => process.exit(code ?? 0))
  }
}
