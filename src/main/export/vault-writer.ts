import { lstatSync, mkdirSync, realpathSync } from 'node:fs'
import { lstat, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { AppFailure } from '../../shared/api/result'
import { readManifest, manifestName, manifestText, sha256, type Manifest } from './manifest'

export type WriteOutcome = 'written' | 'unchanged' | 'keptUserEdit'

export interface VaultSummary {
  written: number
  unchanged: number
  keptUserEdits: number
}

export interface VaultWriter {
  /** The vault's real path (symlinks in the chosen path itself resolved). */
  readonly root: string
  /**
   * Writes one file at a vault-relative path with `/` separators; never outside the root. File
   * work is asynchronous (libuv's pool): a slow disk never stalls the main process's event loop.
   */
  write(path: string, content: string): Promise<WriteOutcome>
  /** Records what was written, so the next export knows which files are still the app's. */
  saveManifest(): Promise<void>
  summary(): VaultSummary
}

const missing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT'

function lstatOrNull(path: string) {
  try {
    return lstatSync(path)
  } catch (error) {
    if (missing(error)) return null
    throw error
  }
}

const lstatOrNullAsync = (path: string) =>
  lstat(path).catch((error: unknown) => {
    if (missing(error)) return null
    throw error
  })

/** Checks a vault-relative path: plain segments only, no `..`, no absolute or drive paths. */
function segmentsOf(path: string): string[] {
  const segments = path.split('/')
  const bad = segments.some((s) => s === '' || s === '.' || s === '..' || s.includes('\\') || s.includes('\0') || s.includes(':'))
  if (bad || isAbsolute(path)) throw new AppFailure('INVALID_INPUT', `Not a file name inside the vault: ${path}`)
  return segments
}

// The new version beside an edited file: "Name (Engawa 2026-11-28).md", then "… 2", "… 3".
function besideName(name: string, stamp: string, n: number): string {
  const dot = name.lastIndexOf('.')
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, '']
  return `${stem} (Engawa ${stamp}${n > 1 ? ` ${n}` : ''})${ext}`
}

/** `mkdir -p` by hand: Node's recursive mkdir never returns on some paths (e.g. under /proc). */
function makeFolders(path: string): void {
  if (lstatOrNull(path)) return
  const parent = dirname(path)
  if (parent !== path) makeFolders(parent)
  mkdirSync(path)
}

/** The chosen folder, created if needed, by its real path; a failure says which folder and why. */
function openRoot(folder: string): string {
  if (!isAbsolute(folder)) throw new AppFailure('INVALID_INPUT', 'The export folder must be an absolute path')
  try {
    makeFolders(resolve(folder))
    const root = realpathSync(resolve(folder))
    if (!lstatSync(root).isDirectory()) throw new Error('ENOTDIR')
    return root
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message
    throw new AppFailure('INVALID_INPUT', `Cannot create or open the folder ${folder} (${code})`)
  }
}

let tempCount = 0

/** Writes bytes to a fresh temporary file beside the target and renames it over: never through a link. */
async function writeAtomically(target: string, content: string): Promise<void> {
  const temp = `${target}.${process.pid}-${(tempCount += 1)}.engawa-tmp`
  await writeFile(temp, content, { flag: 'wx', mode: 0o644 })
  try {
    await rename(temp, target)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}

/**
 * Opens (creating it if needed) a folder to export into. Every write stays inside it: paths are
 * checked segment by segment, folders inside are created or must be real folders (a linked folder
 * is refused), and a linked file is never written through; it is left alone like a user's file.
 */
export function openVault(folder: string, stamp: string): VaultWriter {
  const root = openRoot(folder)
  const previous = readManifest(root)
  const next: Manifest = { ...previous, files: { ...previous.files } }
  const counts: VaultSummary = { written: 0, unchanged: 0, keptUserEdits: 0 }
  const checkedFolders = new Set<string>([root])

  const inside = (path: string) => {
    const rel = relative(root, path)
    return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel)
  }

  function ensureFolder(path: string): void {
    if (checkedFolders.has(path)) return
    const stat = lstatOrNull(path)
    if (stat && (stat.isSymbolicLink() || !stat.isDirectory())) {
      throw new AppFailure('CONFLICT', `${relative(root, path)} in the export folder is a link or a file, not a folder; move it away and export again`)
    }
    if (!stat) mkdirSync(path)
    // Resolved again after creating: the real path must still be inside the vault.
    if (!inside(realpathSync(path))) throw new AppFailure('CONFLICT', 'A folder inside the export folder leads outside it')
    checkedFolders.add(path)
  }

  function targetOf(path: string): string {
    const segments = segmentsOf(path)
    let folderPath = root
    for (const segment of segments.slice(0, -1)) {
      folderPath = join(folderPath, segment)
      ensureFolder(folderPath)
    }
    const target = join(folderPath, segments[segments.length - 1] ?? '')
    if (!inside(target)) throw new AppFailure('INVALID_INPUT', `Not a file name inside the vault: ${path}`)
    return target
  }

  /** Whose file is at `target`: absent, the app's (as last written), or the user's. */
  async function ownerOf(target: string, path: string, hash: string): Promise<'absent' | 'same' | 'app' | 'user'> {
    const stat = await lstatOrNullAsync(target)
    if (!stat) return 'absent'
    if (!stat.isFile()) return 'user'
    const onDisk = sha256(await readFile(target))
    if (onDisk === hash) return 'same'
    return previous.files[path] === onDisk ? 'app' : 'user'
  }

  async function write(path: string, content: string): Promise<WriteOutcome> {
    const target = targetOf(path)
    const hash = sha256(content)
    const owner = await ownerOf(target, path, hash)
    if (owner === 'same') {
      next.files[path] = hash
      counts.unchanged += 1
      return 'unchanged'
    }
    if (owner === 'absent' || owner === 'app') {
      // A new file is created exclusively (never through a link that appeared meanwhile); no rename needed.
      if (owner === 'absent') await writeFile(target, content, { flag: 'wx' })
      else await writeAtomically(target, content)
      next.files[path] = hash
      counts.written += 1
      return 'written'
    }
    const slash = path.lastIndexOf('/')
    for (let n = 1; ; n += 1) {
      const besidePath = path.slice(0, slash + 1) + besideName(path.slice(slash + 1), stamp, n)
      const besideTarget = targetOf(besidePath)
      const besideOwner = await ownerOf(besideTarget, besidePath, hash)
      if (besideOwner === 'user') continue
      if (besideOwner !== 'same') await writeAtomically(besideTarget, content)
      next.files[besidePath] = hash
      counts.keptUserEdits += 1
      return 'keptUserEdit'
    }
  }

  return {
    root,
    write,
    async saveManifest() {
      const target = join(root, manifestName)
      const stat = await lstatOrNullAsync(target)
      if (stat && !stat.isFile()) throw new AppFailure('CONFLICT', `${manifestName} in the export folder is not a file`)
      await writeAtomically(target, manifestText(next))
    },
    summary: () => ({ ...counts })
  }
}
