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

/** Builds with electron-vite when out/ is missing or older than any source file. */
export function buildIfNeeded() {
  const outputs = ['out/main/index.js', 'out/main/server.js', 'out/preload/index.cjs', 'out/renderer/index.html']
  const built = outputs.every((file) => existsSync(file))
  const builtAt = built ? Math.min(...outputs.map((file) => statSync(file).mtimeMs)) : 0
  if (built && builtAt >= newestMtime('src')) return
  console.log('Building Engawa…')
  const result = spawnSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build'], { stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}
