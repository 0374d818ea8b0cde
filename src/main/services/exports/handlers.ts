import type { HandlersOf } from '../../rpc/handler'
import { startVaultExport } from './mutations'
import { vaultFolder } from './queries'

export const exportsHandlers = {
  'exports.folder': (ctx) => ({ folder: vaultFolder(ctx) }),
  'exports.vault': (ctx, input) => startVaultExport(ctx, input)
} satisfies HandlersOf<'exports'>
