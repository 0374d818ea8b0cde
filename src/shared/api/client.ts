import type { Input, Output, Procedure } from './contract'
import { procedureNames } from './procedures'
import type { AppError, Result } from './result'

/** Sends one call over some transport and resolves with its envelope. */
export type Invoke = (procedure: Procedure, input: unknown) => Promise<Result<unknown>>

type Area = Procedure extends `${infer A}.${string}` ? A : never

/** `client.people.list(input)` for every `people.list` in the contract. */
export type Client = {
  [A in Area]: {
    [P in Procedure as P extends `${A}.${infer V}` ? V : never]: (
      ...input: Record<string, never> extends Input<P> ? [input?: Input<P>] : [input: Input<P>]
    ) => Promise<Output<P>>
  }
}

/** The error a client call rejects with; carries the stable code for the UI to translate. */
export class ClientError extends Error {
  readonly code: AppError['code']
  readonly details: unknown
  constructor(error: AppError) {
    super(error.message)
    this.name = 'ClientError'
    this.code = error.code
    this.details = error.details
  }
}

/** Builds the typed client from the contract's names; the transport stays unknown to callers. */
export function createClient(invoke: Invoke): Client {
  const client: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {}
  for (const procedure of procedureNames) {
    const [area, verb] = procedure.split('.') as [string, string]
    client[area] ??= {}
    client[area][verb] = async (input?: unknown) => {
      const result = await invoke(procedure, input ?? {})
      if (!result.ok) throw new ClientError(result.error)
      return result.value
    }
  }
  return client as unknown as Client
}
