import { appendFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { ImportSource } from '../../../shared/api/imports'
import { AppFailure } from '../../../shared/api/result'
import { importChunkBytes, maxImportBytes } from '../../../shared/domain/imports'
import { importFileMessages, type ImportFileFailure } from '../../import/parse'
import type { ServiceContext } from '../context'

/** Files sent from the window wait here until they are imported (or a day has passed). */
const uploadDir = (ctx: ServiceContext) => join(ctx.dataDir, 'imports')
const uploadPath = (ctx: ServiceContext, upload: string) => join(uploadDir(ctx), `${upload}.part`)
const dayMs = 24 * 60 * 60 * 1000

/** A refused file as INVALID_INPUT, with its reason as the code for the window to word. */
export function refusedFile(reason: ImportFileFailure): AppFailure {
  return new AppFailure('INVALID_INPUT', importFileMessages[reason], [{ path: ['source'], code: reason, message: importFileMessages[reason] }])
}

/** Appends one base64 piece; piece 0 starts the file afresh and sweeps pieces a day old. */
export function receivePiece(ctx: ServiceContext, input: { upload: string; index: number; data: string }): { bytes: number } {
  const path = uploadPath(ctx, input.upload)
  const bytes = Buffer.from(input.data, 'base64')
  if (input.index === 0) {
    mkdirSync(uploadDir(ctx), { recursive: true })
    sweepOldUploads(ctx)
    writeFileSync(path, bytes)
    return { bytes: bytes.byteLength }
  }
  const size = existsSync(path) ? statSync(path).size : -1
  if (size !== input.index * importChunkBytes) throw new AppFailure('CONFLICT', 'The pieces of the file came out of order; choose the file again')
  if (size + bytes.byteLength > maxImportBytes) {
    rmSync(path, { force: true })
    throw refusedFile('too_large')
  }
  appendFileSync(path, bytes)
  return { bytes: size + bytes.byteLength }
}

function sweepOldUploads(ctx: ServiceContext): void {
  const now = ctx.clock.now().getTime()
  for (const name of readdirSync(uploadDir(ctx))) {
    const path = join(uploadDir(ctx), name)
    if (name.endsWith('.part') && now - statSync(path).mtimeMs > dayMs) rmSync(path, { force: true })
  }
}

/** The upload is no longer needed once imported. */
export function forgetSource(ctx: ServiceContext, source: ImportSource): void {
  if ('upload' in source) rmSync(uploadPath(ctx, source.upload), { force: true })
}

/** Where the source is, and a key that changes whenever its content may have (size, time written). */
export async function locateSource(ctx: ServiceContext, source: ImportSource): Promise<{ path: string; key: string }> {
  const path = 'upload' in source ? uploadPath(ctx, source.upload) : source.file
  let found
  try {
    found = await stat(path)
  } catch {
    if ('upload' in source) throw new AppFailure('NOT_FOUND', 'That file is no longer here; choose it again')
    throw refusedFile('unreadable')
  }
  if (!found.isFile()) throw refusedFile('unreadable')
  if (found.size > maxImportBytes) throw refusedFile('too_large')
  return { path, key: `${path}\u0000${found.size}\u0000${found.mtimeMs}` }
}

/** The file's bytes, read without holding the event loop, or INVALID_INPUT saying why not. */
export async function readSourceBytes(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path))
  } catch {
    throw refusedFile('unreadable')
  }
}
