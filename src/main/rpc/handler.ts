import type { Output, ParsedInput, Procedure } from '../../shared/api/contract'
import type { ServiceContext } from '../services/context'

/** A procedure's implementation; it may answer at once or with a promise. */
export type Handler<P extends Procedure> = (ctx: ServiceContext, input: ParsedInput<P>) => Output<P> | Promise<Output<P>>
export type Handlers = { [P in Procedure]: Handler<P> }

/** The handlers of the procedures named `<area>.<verb>` for the given areas. */
export type HandlersOf<Area extends string> = {
  [P in Procedure as P extends `${Area}.${string}` ? P : never]: Handler<P>
}
