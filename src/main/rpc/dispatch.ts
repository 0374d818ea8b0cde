import type { ChangeArea } from '../../shared/api/areas'
import { contract, isProcedure, type Procedure } from '../../shared/api/contract'
import { fail, ok, type Result } from '../../shared/api/result'
import type { ServiceContext } from '../services/context'
import { failureOf } from './failures'
import type { Handler } from './handler'
import { handlers } from './handlers'

export type Dispatch = (procedure: string, input: unknown) => Promise<Result<unknown>>

export interface DispatchOptions {
  /** After a successful write: the areas it changed, as the contract declares them. */
  onChanged?: (areas: ChangeArea[]) => void
  /** A procedure hit a damaged page of the file. */
  onDamaged?: () => void
  /** Where unexpected errors are reported; the caller only sees a generic INTERNAL error. */
  onUnexpectedError?: (procedure: string, error: unknown) => void
}

/**
 * The one way into the services: known procedure? -> parse input -> run -> announce what changed
 * -> Result. Never throws or rejects; outputs are typed by the compiler, not parsed again.
 */
export function createDispatch(ctx: ServiceContext, options: DispatchOptions = {}): Dispatch {
  const announce = (procedure: Procedure) => {
    const areas = contract[procedure].changes
    if (areas.length === 0) return
    // A listener's failure must not turn a write that succeeded into an error.
    try {
      options.onChanged?.([...areas])
    } catch (error) {
      options.onUnexpectedError?.(procedure, error)
    }
  }
  return async (procedure, input) => {
    if (!isProcedure(procedure)) {
      return fail('INVALID_INPUT', `Unknown procedure: ${procedure}`)
    }
    // Parsing sits inside the try too: a schema's own check must not be able to throw past here.
    try {
      const parsed = contract[procedure].input.safeParse(input ?? {})
      if (!parsed.success) {
        const issues = parsed.error.issues.map((issue) => ({
          path: issue.path.map(String),
          code: issue.code,
          message: issue.message
        }))
        return fail('INVALID_INPUT', issues[0]?.message ?? 'Invalid input', issues)
      }
      const handler = handlers[procedure] as Handler<Procedure>
      const run = () => handler(ctx, parsed.data as never)
      // A write waits while an import's worker holds the file; a read never does.
      const value = contract[procedure].changes.length > 0 ? await ctx.writes.shared(run) : await run()
      announce(procedure)
      return ok(value)
    } catch (error) {
      const failure = failureOf(error)
      if (failure.code === 'INTERNAL') options.onUnexpectedError?.(procedure, error)
      if (failure.code === 'DATA_DAMAGED') options.onDamaged?.()
      return fail(failure.code, failure.message, failure.details)
    }
  }
}
