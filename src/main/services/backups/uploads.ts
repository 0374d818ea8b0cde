import { existsSync } from 'node:fs'
import { appendFile, mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { BackupSummary } from '../../../shared/api/backups'
import type { JobState } from '../../../shared/api/jobs'
import { AppFailure } from '../../../shared/api/result'
import { maxUploadBytes } from '../../../shared/domain/backups'
import { inspectJsonBackup } from '../../backup-json/document'
import { migrations } from '../../db/migrations'
import { newId, type ServiceContext } from '../context'
import { startJsonRestore } from './json'

// Uploads live in the data folder, so the restore reads nothing a caller could point elsewhere.
const uploadsDir = (ctx: ServiceContext) => join(ctx.dataDir, 'uploads')
// The id is a UUID (checked by the contract): it can never name a path outside the folder.
const uploadFile = (ctx: ServiceContext, upload: string) => join(uploadsDir(ctx), `${upload}.json`)
// An upload a closed tab never finished is dropped a day later.
const leftoverMs = 24 * 60 * 60 * 1000

async function existingUpload(ctx: ServiceContext, upload: string): Promise<{ file: string; size: number }> {
  const file = uploadFile(ctx, upload)
  const found = await stat(file).catch(() => null)
  if (!found) throw new AppFailure('NOT_FOUND', 'No such upload: pick the file again')
  return { file, size: found.size }
}

export async function startUpload(ctx: ServiceContext): Promise<{ upload: string }> {
  const dir = uploadsDir(ctx)
  await mkdir(dir, { recursive: true })
  const now = ctx.clock.now().getTime()
  for (const name of await readdir(dir)) {
    const found = await stat(join(dir, name)).catch(() => null)
    if (found && now - found.mtimeMs > leftoverMs) await rm(join(dir, name), { force: true })
  }
  const upload = newId()
  await writeFile(uploadFile(ctx, upload), '', { flag: 'wx' })
  return { upload }
}

export async function appendChunk(ctx: ServiceContext, input: { upload: string; offset: number; data: string }): Promise<{ received: number }> {
  const { file, size } = await existingUpload(ctx, input.upload)
  // Pieces come one after another; a repeated or skipped one would corrupt the file silently.
  if (input.offset !== size) throw new AppFailure('CONFLICT', `Expected the piece at ${size}, got ${input.offset}`)
  const bytes = Buffer.from(input.data, 'base64')
  if (size + bytes.length > maxUploadBytes) {
    await rm(file, { force: true })
    throw new AppFailure('INVALID_INPUT', `A backup larger than ${maxUploadBytes / 1024 / 1024} MB is not accepted`)
  }
  await appendFile(file, bytes)
  return { received: size + bytes.length }
}

/** The uploaded backup's outline; a refused file is removed at once, so nothing of it stays. */
export async function inspectUpload(ctx: ServiceContext, input: { upload: string }): Promise<BackupSummary> {
  const { file } = await existingUpload(ctx, input.upload)
  try {
    const summary = await inspectJsonBackup(file, migrations.length)
    const count = (table: string) => summary.counts[table] ?? 0
    const rows = Object.values(summary.counts).reduce((sum, n) => sum + n, 0)
    return {
      createdAt: summary.createdAt,
      schemaVersion: summary.schemaVersion,
      people: count('people'),
      meetings: count('meetings'),
      followups: count('followups'),
      interactions: count('interactions'),
      rows
    }
  } catch (error) {
    await rm(file, { force: true })
    throw error
  }
}

export function restoreUpload(ctx: ServiceContext, input: { upload: string }): JobState {
  const file = uploadFile(ctx, input.upload)
  if (!existsSync(file)) throw new AppFailure('NOT_FOUND', 'No such upload: pick the file again')
  return startJsonRestore(ctx, file, { removeFileWhenDone: true })
}

export async function discardUpload(ctx: ServiceContext, input: { upload: string }): Promise<Record<string, never>> {
  await rm(uploadFile(ctx, input.upload), { force: true })
  return {}
}
