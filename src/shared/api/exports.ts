import { z } from 'zod'
import { languages } from '../domain/people'
import { jobState } from './jobs'
import { id } from './limits'
import { readsOnly } from './procedure'

/** An absolute folder: `/…` or `C:\…`; a relative one would depend on where the app was started. */
const absoluteFolder = z
  .string()
  .min(1)
  .max(1000)
  .refine((path) => path.startsWith('/') || /^[A-Za-z]:[\\/]/u.test(path) || path.startsWith('\\\\'), 'The folder must be an absolute path')
  .refine((path) => !path.includes('\0'), 'Not a folder path')

/** One vault page as a file the user copies or saves: the name the vault gives it, and its Markdown. */
export const markdownFile = z.object({ fileName: z.string(), text: z.string() })
export type MarkdownFile = z.infer<typeof markdownFile>

const onePage = z.object({ id, language: z.enum(languages).optional() })

export const exportsProcedures = {
  /** Where the vault goes when no folder is given: `<data directory>/exports/vault`. */
  'exports.folder': { input: z.object({}), output: z.object({ folder: z.string() }), changes: readsOnly },
  /**
   * Starts exporting everything as Markdown (an Obsidian vault) into a folder, as a job; its
   * result is `{ folder, written, unchanged, keptUserEdits }`. The language is the UI's; left out, the
   * stored setting or the system's. Writes no data of the app's own.
   */
  'exports.vault': { input: z.object({ folder: absoluteFolder.optional(), language: z.enum(languages).optional() }), output: jobState, changes: readsOnly },
  /** A person's vault page (`People/<name>.md`); a person in the trash or unknown is NOT_FOUND. Language as for the vault. */
  'exports.personMarkdown': { input: onePage, output: markdownFile, changes: readsOnly },
  /** A one-on-one's vault page (`One-on-ones/<date> <name>.md`); NOT_FOUND when its person is in the trash. */
  'exports.meetingMarkdown': { input: onePage, output: markdownFile, changes: readsOnly }
} as const
