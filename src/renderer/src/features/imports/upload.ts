import { importChunkBytes, importFileFailures, maxImportBytes, type ImportFileFailure } from '../../../../shared/domain/imports'
import { ClientError } from '../../../../shared/api/client'
import { api } from '../../api/client'

/** base64 of bytes without a call per byte: btoa over 32 KB slices. */
function base64(bytes: Uint8Array): string {
  let binary = ''
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000))
  }
  return btoa(binary)
}

/**
 * Sends a chosen file to the app in 1 MiB pieces (browser mode takes at most 4 MB a request) and
 * answers the upload's id, which the preview and the import name. Over 50 MB is refused here first.
 */
export async function uploadFile(file: File): Promise<string> {
  if (file.size > maxImportBytes) throw new ClientError({ code: 'INVALID_INPUT', message: 'too large', details: [{ path: ['source'], code: 'too_large', message: '' }] })
  const upload = crypto.randomUUID()
  const pieces = Math.max(1, Math.ceil(file.size / importChunkBytes))
  for (let index = 0; index < pieces; index++) {
    const piece = new Uint8Array(await file.slice(index * importChunkBytes, (index + 1) * importChunkBytes).arrayBuffer())
    await api.imports.upload({ upload, index, data: base64(piece) })
  }
  return upload
}

/** Why a file was refused, when the app said so; null for any other failure. */
export function refusal(error: unknown): ImportFileFailure | null {
  if (!(error instanceof ClientError) || error.code !== 'INVALID_INPUT' || !Array.isArray(error.details)) return null
  const code = (error.details as { code?: string }[])[0]?.code
  return importFileFailures.find((reason) => reason === code) ?? null
}
