// tsconfig.node.json lists renderer files one by one and does not list api/sse.ts yet: a static
// import here would fail the type check (TS6307), so the module is loaded by a path tsc does not follow.
const sseModule = '../../../src/renderer/src/api/sse'

/** The renderer's event-stream parser (src/renderer/src/api/sse.ts), with its types restated. */
export interface SseMessage {
  event: string
  data: string
}
export type CreateSseParser = (onMessage: (message: SseMessage) => void) => { push(chunk: string): void }

export const { createSseParser } = (await import(/* @vite-ignore */ sseModule)) as { createSseParser: CreateSseParser }
