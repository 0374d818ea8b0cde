import { createHash } from 'node:crypto'
import { lstatSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'

/** The file in the vault that remembers what the app wrote last time, by hash. */
export const manifestName = '.engawa-export.json'

const manifestSchema = z.object({
  format: z.literal('engawa-export'),
  version: z.literal(1),
  /** Vault-relative path (with `/`) -> sha256 of the bytes the app wrote there. */
  files: z.record(z.string(), z.string())
})
export type Manifest = z.infer<typeof manifestSchema>

export const emptyManifest = (): Manifest => ({ format: 'engawa-export', version: 1, files: {} })

export const sha256 = (content: string | Buffer): string => createHash('sha256').update(content).digest('hex')

/**
 * The manifest in `root`, or an empty one when there is none or it does not parse: with an empty
 * manifest every existing file counts as the user's, so a damaged manifest can only keep more.
 */
export function readManifest(root: string): Manifest {
  const path = join(root, manifestName)
  try {
    if (!lstatSync(path).isFile()) return emptyManifest()
    const parsed = manifestSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')))
    return parsed.success ? parsed.data : emptyManifest()
  } catch {
    return emptyManifest()
  }
}

export const manifestText = (manifest: Manifest): string => `${JSON.stringify(manifest, null, 2)}\n`
