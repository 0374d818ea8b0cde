import { contract, isProcedure, type Procedure } from '../../shared/api/contract'
import { AppFailure, fail, ok, type Result } from '../../shared/api/result'
import type { ServiceContext } from '../services/context'
import { handlers, type Handler } from './handlers'

export type Dispatch = (procedure: string, input: unknown) => Result<unknown>

export interface DispatchOptions {
  /** Where unexpected errors are reported; the caller only sees a generic INTERNAL error. */
  onUnexpectedError?: (procedure: string, error: unknown) => void
}

/**
 * The one way into the services: known procedure? -> parse input -> run -> Result.
 * Never throws; outputs are typed by the compiler, so they are not parsed again at run time.
 */
export function createDispatch(ctx: ServiceContext, options: DispatchOptions = {}): Dispatch {
  return (procedure, input) => {
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
      return ok(handler(ctx, parsed.data as never))
    } catch (error) {
      if (error instanceof AppFailure) return fail(error.code, error.message, error.details)
      options.onUnexpectedError?.(procedure, error)
      return fail('INTERNAL', 'Something went wrong; nothing was changed')
    }
  }
}
