import type { JobState } from '../../shared/api/jobs'
import { languages, type Language } from '../../shared/domain/people'
import { CliError, openForCli, parseCliArgs, runCli, userPath } from './open-data'

// npm run export -- --data-dir DIR --out FOLDER [--language ja|en]
const usage = 'Usage: npm run export -- --data-dir DIR --out FOLDER [--language ja|en]'

void runCli(async () => {
  const { values } = parseCliArgs(
    {
      options: {
        'data-dir': { type: 'string', default: process.env.ENGAWA_DATA_DIR },
        out: { type: 'string' },
        language: { type: 'string' }
      }
    },
    usage
  )
  if (!values['data-dir'] || !values.out) throw new CliError(usage, 2)
  const language = values.language as Language | undefined
  if (language !== undefined && !languages.includes(language)) throw new CliError(`--language must be one of ${languages.join(', ')}\n${usage}`, 2)
  const core = openForCli(userPath(values['data-dir']), { mustExist: true })
  try {
    const started = await core.dispatch('exports.vault', { folder: userPath(values.out), ...(language ? { language } : {}) })
    if (!started.ok) throw new CliError(`Export refused: ${started.error.message}`)
    const settled = await core.ctx.jobs.settled((started.value as JobState).id)
    if (settled.status !== 'done') throw new CliError(`Export ${settled.status}: ${settled.error?.message ?? 'unknown error'}`)
    const result = settled.result ?? {}
    return `Exported to ${String(result.folder)}: ${String(result.written)} written, ${String(result.unchanged)} unchanged, ${String(result.keptUserEdits)} kept because you edited them (new versions beside them).`
  } finally {
    core.close()
  }
})
