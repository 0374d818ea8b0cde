import { z } from 'zod'
import { languages } from '../domain/people'
import { readsOnly } from './procedure'

// The sample writes people, their timeline, meetings, follow-ups and topics; removing it takes them away.
const everything = ['people', 'topics', 'meetings', 'followups'] as const

export const sampleStatus = z.object({
  /** Whether any row the sample added is still there. */
  present: z.boolean(),
  /** Sample people still there (including any in the trash). */
  people: z.number().int()
})
export type SampleStatus = z.infer<typeof sampleStatus>

export const sampleProcedures = {
  // The language picks the set (Japanese or English); left out, the stored setting or the system decides.
  'sample.load': {
    input: z.object({ language: z.enum(languages).optional() }),
    output: sampleStatus.extend({ added: z.number().int() }),
    changes: everything
  },
  'sample.status': { input: z.object({}), output: sampleStatus, changes: readsOnly },
  'sample.remove': {
    input: z.object({}),
    output: z.object({ removed: z.number().int(), keptPeople: z.number().int() }),
    changes: everything
  }
} as const
