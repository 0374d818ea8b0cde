import { uploadChunkBytes } from '../../../../shared/domain/backups'
import { api } from '../../api/client'

/** A piece of the file as base64, read by the browser itself (no string building in JavaScript). */
function base64Of(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/u, ''))
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'))
    reader.readAsDataURL(blob)
  })
}

/**
 * Sends a file the user picked to main, one piece per call, through the ordinary client: the same
 * way in both modes, and each request well under browser mode's body limit. Answers the upload id.
 */
export async function uploadFile(file: File, onProgress: (done: number, total: number) => void): Promise<string> {
  const { upload } = await api.backups.uploadStart({ size: file.size })
  onProgress(0, file.size)
  for (let offset = 0; offset < file.size; offset += uploadChunkBytes) {
    const data = await base64Of(file.slice(offset, offset + uploadChunkBytes))
    const { received } = await api.backups.uploadChunk({ upload, offset, data })
    onProgress(received, file.size)
  }
  return upload
}
