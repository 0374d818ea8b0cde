import type { z } from 'zod'
import { appProcedures } from './app'
import { meetingProcedures } from './meetings'
import { peopleProcedures } from './people'
import type { ProcedureName } from './procedures'
import { settingsProcedures } from './settings'

export interface ProcedureSchema {
  input: z.ZodType
  output: z.ZodType
}

/** Every procedure the UI may call: `area.verb` -> zod schemas of its input and output. */
export const contract = {
  ...appProcedures,
  ...settingsProcedures,
  ...peopleProcedures,
  ...meetingProcedures
} as const satisfies Record<ProcedureName, ProcedureSchema>

export type Contract = typeof contract
export type Procedure = keyof Contract
/** What a caller may send (defaults may be left out). */
export type Input<P extends Procedure> = z.input<Contract[P]['input']>
/** What a handler receives after parsing. */
export type ParsedInput<P extends Procedure> = z.output<Contract[P]['input']>
export type Output<P extends Procedure> = z.output<Contract[P]['output']>

// A procedure added to the contract but not to procedures.ts fails to compile here.
const everyNameListed: [Exclude<Procedure, ProcedureName>] extends [never] ? true : never = true
void everyNameListed

export const isProcedure = (name: string): name is Procedure =>
  Object.prototype.hasOwnProperty.call(contract, name)
