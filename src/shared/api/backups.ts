import { z } from 'zod'
import { backupKinds, maxUploadBytes, uploadChunkBytes } from '../domain/backups'
import { id, instant } from './limits'
import { jobState } from './jobs'
import { readsOnly } from './procedure'

export const backupFile = z.object({
  /** The file's name inside the backups folder; the only way a caller names a backup. */
  name: z.string(),
  path: z.string(),
  createdAt: instant,
  size: z.number().int(),
  /** From the file name: only automatic backups are rotated away. */
  kind: z.enum(backupKinds)
})
export type BackupFile = z.infer<typeof backupFile>

/** A file the user names: absolute (POSIX, a Windows drive or a UNC share), so it never depends on a working folder. */
const absolutePath = z
  .string()
  .min(2)
  .max(4096)
  .regex(/^(\/|[A-Za-z]:[\\/]|\\\\)/, 'Expected an absolute path')

/** A backup's name as listed: no separators, so it can never point outside the backups folder. */
const backupName = z
  .string()
  .max(200)
  .regex(/^[\w.-]+\.db$/, 'Not a backup file name')
  .refine((name) => !name.startsWith('.'), 'Not a backup file name')

/** What a JSON backup holds, by its own count: what the restore confirmation shows. */
export const backupSummary = z.object({
  createdAt: z.string(),
  schemaVersion: z.number().int(),
  people: z.number().int(),
  meetings: z.number().int(),
  followups: z.number().int(),
  interactions: z.number().int(),
  /** Every row of every table. */
  rows: z.number().int()
})
export type BackupSummary = z.infer<typeof backupSummary>

const upload = z.object({ upload: id })

export const backupsProcedures = {
  'backups.list': {
    input: z.object({}),
    output: z.object({ dir: z.string(), items: z.array(backupFile) }),
    changes: readsOnly
  },
  /** Starts a backup job (or answers with the one already running); the list changes when it ends. */
  'backups.create': { input: z.object({}), output: jobState, changes: readsOnly },
  /** Puts a backup in place of the current data, which is kept aside, never deleted. */
  'backups.restore': {
    input: z.object({ name: backupName }),
    output: z.object({ restored: z.string(), keptAside: z.string() }),
    changes: ['app', 'people', 'topics', 'meetings', 'followups', 'settings', 'backups']
  },
  /** Starts a JSON backup job: every table in one versioned document, by default in the backups folder. */
  'backups.exportJson': { input: z.object({ file: absolutePath.optional() }), output: jobState, changes: readsOnly },
  /** Starts a restore job: a new file built from a JSON backup and checked, then put in place; the current one is kept aside. Every area changes when it ends. */
  'backups.restoreJson': { input: z.object({ file: absolutePath }), output: jobState, changes: readsOnly },
  /** Starts uploading a JSON backup from the window (a file the user picked), into the data folder. */
  'backups.uploadStart': { input: z.object({ size: z.number().int().min(1).max(maxUploadBytes) }), output: upload, changes: readsOnly },
  /** One piece of the upload, base64, appended at `offset` (which must be what arrived so far). */
  'backups.uploadChunk': {
    input: upload.extend({ offset: z.number().int().min(0).max(maxUploadBytes), data: z.base64().max(Math.ceil(uploadChunkBytes / 3) * 4) }),
    output: z.object({ received: z.number().int() }),
    changes: readsOnly
  },
  /** Reads the uploaded backup's outline; a foreign, truncated or newer file is refused (INVALID_INPUT, `details.reason`) and removed. */
  'backups.inspectUpload': { input: upload, output: backupSummary, changes: readsOnly },
  /** Starts the checked restore from the uploaded file, as `backups.restoreJson` does; the upload is removed when it ends. */
  'backups.restoreUpload': { input: upload, output: jobState, changes: readsOnly },
  /** Drops an upload the user decided not to restore. */
  'backups.discardUpload': { input: upload, output: z.object({}), changes: readsOnly }
} as const
