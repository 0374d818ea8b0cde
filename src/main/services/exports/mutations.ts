import type { JobState } from '../../../shared/api/jobs'
import type { Language } from '../../../shared/domain/people'
import type { ServiceContext } from '../context'
import { defaultSampleLanguage } from '../sample/load'
import { vaultFolder } from './queries'
import { exportVault } from './vault'

/** Starts the vault export as a job (or answers with the one already running). */
export function startVaultExport(ctx: ServiceContext, input: { folder?: string | undefined; language?: Language | undefined }): JobState {
  if (input.folder !== undefined) ctx.paths.check(input.folder)
  const folder = input.folder ?? vaultFolder(ctx)
  // The app's language decides the vault's words, as it does the sample's.
  const language = input.language ?? defaultSampleLanguage(ctx)
  return ctx.jobs.start({
    kind: 'export',
    changesWhenDone: [],
    run: async (job) => ({ ...(await exportVault(ctx, folder, language, job)) })
  })
}
