import type { z } from 'zod'
import type { ChangeArea } from './areas'

/** One procedure of the contract: its input and output schemas and the areas a success changes. */
export interface ProcedureSchema {
  input: z.ZodType
  output: z.ZodType
  changes: readonly ChangeArea[]
}

/** A read: changes nothing, pushes nothing. */
export const readsOnly: readonly ChangeArea[] = []
