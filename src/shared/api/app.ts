import { z } from 'zod'
import { integrityStatuses } from '../domain/settings'
import { backupFile } from './backups'
import { readsOnly } from './procedure'

export const health = z.object({
  /** The file's integrity, checked in the background at start so the first screen is not delayed. */
  integrity: z.enum(integrityStatuses),
  problems: z.array(z.string()),
  /** What the user is offered when the file is damaged. */
  newestBackup: backupFile.nullable()
})
export type Health = z.infer<typeof health>

export const appProcedures = {
  'app.info': {
    input: z.object({}),
    output: z.object({
      version: z.string(),
      dataDir: z.string(),
      databaseFile: z.string(),
      schemaVersion: z.number().int(),
      peopleCount: z.number().int()
    }),
    changes: readsOnly
  },
  'app.health': { input: z.object({}), output: health, changes: readsOnly }
} as const
