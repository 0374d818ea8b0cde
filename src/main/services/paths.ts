import { existsSync, realpathSync } from 'node:fs'
import { dirname, isAbsolute, relative, resolve } from 'node:path'
import { AppFailure } from '../../shared/api/result'

/**
 * Which folders and files a caller may name (the vault's folder, a JSON backup's file):
 * - `anywhere`: the command-line tools and tests, run by the user on their own machine;
 * - `inside-data-dir`: browser mode, where any tab with the token could otherwise write or read
 *   anywhere the server process can;
 * - `chosen`: the desktop app: inside the data folder, or a folder the user picked in the system's
 *   own dialog during this run (`allow`), never a path the window merely sends.
 */
export type PathAccess = 'anywhere' | 'inside-data-dir' | 'chosen'

export interface PathPolicy {
  readonly access: PathAccess
  /** Throws INVALID_INPUT unless a caller may use `path`. */
  check(path: string): void
  /** A folder the user chose in the desktop's folder dialog; it and what is inside it become usable. */
  allow(folder: string): void
}

/** The path with symlinks resolved as far as it exists, so a link inside the data folder cannot lead out. */
function realPath(path: string): string {
  let existing = resolve(path)
  const rest: string[] = []
  while (!existsSync(existing)) {
    const parent = dirname(existing)
    if (parent === existing) break
    rest.unshift(existing.slice(parent.length).replace(/^[\\/]/u, ''))
    existing = parent
  }
  return resolve(realpathSync(existing), ...rest)
}

const isInside = (folder: string, path: string) => {
  const rel = relative(folder, path)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

export function pathPolicy(dataDir: string, access: PathAccess): PathPolicy {
  const allowed = new Set<string>()
  return {
    access,
    check(path) {
      if (access === 'anywhere') return
      const real = realPath(path)
      if (isInside(realPath(dataDir), real)) return
      if (access === 'chosen' && [...allowed].some((folder) => isInside(folder, real))) return
      throw new AppFailure(
        'INVALID_INPUT',
        access === 'inside-data-dir'
          ? `In browser mode Engawa only writes and reads inside its data folder (${dataDir}); ${path} is outside it`
          : `Choose the folder with “Choose folder…” first; ${path} was not chosen`,
        { reason: 'outside-data-dir' }
      )
    },
    allow(folder) {
      allowed.add(realPath(folder))
    }
  }
}
