import type { z } from 'zod'
import { aftercareProcedures } from './aftercare'
import { appProcedures } from './app'
import { backupsProcedures } from './backups'
import { eventsProcedures } from './events'
import { exportsProcedures } from './exports'
import { followupsProcedures } from './followups'
import { importsProcedures } from './imports'
import { jobsProcedures } from './jobs'
import { meetingsProcedures } from './meetings'
import { onlineProcedures } from './online'
import { peopleProcedures } from './people'
import type { ProcedureSchema } from './procedure'
import type { ProcedureName } from './procedures'
import { resourcesProcedures } from './resources'
import { sampleProcedures } from './sample'
import { searchProcedures } from './search'
import { seasonalProcedures } from './seasonal'
import { settingsProcedures } from './settings'
import { todayProcedures } from './today'
import { touchpointsProcedures } from './touchpoints'
import { topicsProcedures } from './topics'

export type { ProcedureSchema } from './procedure'

/**
 * Every procedure the UI may call: `area.verb` -> its input and output schemas and the areas it
 * changes. One file per area; a procedure missing its `changes` does not compile.
 */
export const contract = {
  ...appProcedures,
  ...sampleProcedures,
  ...settingsProcedures,
  ...peopleProcedures,
  ...topicsProcedures,
  ...meetingsProcedures,
  ...followupsProcedures,
  ...eventsProcedures,
  ...touchpointsProcedures,
  ...onlineProcedures,
  ...todayProcedures,
  ...jobsProcedures,
  ...backupsProcedures,
  ...exportsProcedures,
  ...seasonalProcedures,
  ...aftercareProcedures,
  ...resourcesProcedures,
  ...importsProcedures,
  ...searchProcedures
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
