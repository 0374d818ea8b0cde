import { z } from 'zod'

export const appProcedures = {
  'app.info': {
    input: z.object({}),
    output: z.object({
      version: z.string(),
      dataDir: z.string(),
      databaseFile: z.string(),
      schemaVersion: z.number().int(),
      peopleCount: z.number().int()
    })
  },
  'sample.load': {
    input: z.object({}),
    output: z.object({ added: z.number().int() })
  }
} as const
