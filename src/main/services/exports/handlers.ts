import type { HandlersOf } from '../../rpc/handler'
import { startVaultExport } from './mutations'
import { meetingMarkdown, personMarkdown } from './pages'
import { vaultFolder } from './queries'

export const exportsHandlers = {
  'exports.folder': (ctx) => ({ folder: vaultFolder(ctx) }),
  'exports.vault': (ctx, input) => startVaultExport(ctx, input),
  'exports.personMarkdown': (ctx, input) => personMarkdown(ctx, input),
  'exports.meetingMarkdown': (ctx, input) => meetingMarkdown(ctx, input)
} satisfies HandlersOf<'exports'>
