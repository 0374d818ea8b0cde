import type { HandlersOf } from '../../rpc/handler'
import { defaultSampleLanguage, loadSample } from './load'
import { sampleStatus } from './queries'
import { removeSample } from './remove'

export const sampleHandlers = {
  'sample.load': (ctx, input) => loadSample(ctx, input.language ?? defaultSampleLanguage(ctx)),
  'sample.status': (ctx) => sampleStatus(ctx),
  'sample.remove': (ctx) => removeSample(ctx)
} satisfies HandlersOf<'sample'>
