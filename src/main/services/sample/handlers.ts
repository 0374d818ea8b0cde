import type { HandlersOf } from '../../rpc/handler'
import { loadSampleData } from './mutations'

export const sampleHandlers = {
  'sample.load': (ctx) => loadSampleData(ctx)
} satisfies HandlersOf<'sample'>
