import type { HandlersOf } from '../../rpc/handler'
import { startImport, undoImport } from './mutations'
import { listBatches, previewImport } from './queries'
import { receivePiece } from './source'

export const importsHandlers = {
  'imports.upload': (ctx, input) => receivePiece(ctx, input),
  'imports.preview': (ctx, input) => previewImport(ctx, input.source),
  'imports.commit': (ctx, input) => startImport(ctx, input),
  'imports.batches': (ctx) => listBatches(ctx),
  'imports.undo': (ctx, input) => undoImport(ctx, input.id)
} satisfies HandlersOf<'imports'>
