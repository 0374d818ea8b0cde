import { z } from 'zod'

const everything = ['people', 'topics', 'meetings', 'followups'] as const

export const sampleProcedures = {
  'sample.load': {
    input: z.object({}),
    output: z.object({ added: z.number().int() }),
    changes: everything
  }
} as const
