import { join } from 'node:path'
import type { ServiceContext } from '../context'

/** The default vault folder, inside the data directory (browser mode has no folder picker). */
export const vaultFolder = (ctx: ServiceContext): string => join(ctx.dataDir, 'exports', 'vault')
