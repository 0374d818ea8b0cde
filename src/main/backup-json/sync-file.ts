import { open } from 'node:fs/promises'

/**
 * Flushes a file to disk before it is renamed into place, so a power cut right after "done" cannot
 * leave an empty file behind; through libuv's pool, so the main thread never waits on the disk.
 */
export async function syncFile(file: string): Promise<void> {
  const handle = await open(file, 'r+')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}
