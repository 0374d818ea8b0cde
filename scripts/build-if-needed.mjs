import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

function newestMtime(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs)
  }
  return newest
}

const isStale = (outputs) => {
  if (!outputs.every((file) => existsSync(file))) return true
  return Math.min(...outputs.map((file) => statSync(file).mtimeMs)) < newestMtime('src')
}

function run(args) {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

/** Builds the app with electron-vite when out/ is missing or older than any source file. */
export function buildIfNeeded() {
  if (!isStale(['out/main/index.js', 'out/main/server.js', 'out/preload/index.cjs', 'out/renderer/index.html'])) return
  console.log('Building Engawa…')
  run(['node_modules/electron-vite/bin/electron-vite.js', 'build'])
}

/** The app, and the developer tools (seed, bench) that are built apart into out-cli/ and never shipped. */
export function buildToolsIfNeeded() {
  buildIfNeeded()
  if (!isStale(['out-cli/seed.js', 'out-cli/bench.js', 'out-cli/backup.js', 'out-cli/restore.js', 'out-cli/export.js', 'out-cli/import.js'])) return
  console.log('Building the developer tools…')
  run(['node_modules/vite/bin/vite.js', 'build', '--config', 'vite.cli.config.ts', '--logLevel', 'warn'])
}
