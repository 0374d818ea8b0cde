import { z } from 'zod'
import { backupKinds } from '../domain/backups'
import { instant } from './limits'
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
  'backups.restoreJson': { input: z.object({ file: absolutePath }), output: jobState, changes: readsOnly }
} as const
