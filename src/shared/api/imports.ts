import { z } from 'zod'
import { importActions, importEncodings, importFormats, importProblems, matchReasons, importChunkBytes, maxImportBytes } from '../domain/imports'
import { nameOrders } from '../domain/people'
import { jobState } from './jobs'
import { id, instant, shortText } from './limits'
import { readsOnly } from './procedure'

/** A file the user names on this machine (the command line): absolute, never relative to a working folder. */
const absolutePath = z
  .string()
  .min(2)
  .max(4096)
  .regex(/^(\/|[A-Za-z]:[\\/]|\\\\)/, 'Expected an absolute path')
  .refine((path) => !path.includes('\0'), 'Not a file path')

/** Where the file is: sent from the window in pieces (`imports.upload`), or a path (the command line). */
export const importSource = z.union([z.object({ upload: id }), z.object({ file: absolutePath })])
export type ImportSource = z.infer<typeof importSource>

// base64 of one piece: 4 characters for every 3 bytes.
const maxChunkChars = Math.ceil(importChunkBytes / 3) * 4

const nameParts = z.object({
  familyName: z.string(),
  givenName: z.string(),
  familyNameKana: z.string(),
  givenNameKana: z.string(),
  nameOrder: z.enum(nameOrders)
})

export const importPreviewRow = nameParts.omit({ nameOrder: true }).extend({
  row: z.number().int(),
  email: z.string(),
  company: z.string(),
  headline: z.string(),
  /** The first profile link, for the eye. */
  link: z.string(),
  connectedOn: z.string().nullable(),
  milestones: z.number().int(),
  problems: z.array(z.enum(importProblems)),
  matches: z.array(z.object({ personId: id, reason: z.enum(matchReasons) })),
  sameAsRow: z.number().int().nullable(),
  exactRepeat: z.boolean(),
  /** What the preview proposes; the user may change it per row. */
  action: z.enum(importActions),
  targetId: id.nullable()
})
export type ImportPreviewRow = z.infer<typeof importPreviewRow>

export const importPreview = z.object({
  format: z.enum(importFormats),
  encoding: z.enum(importEncodings),
  rows: z.array(importPreviewRow),
  /** The existing people rows match, by id: enough to name them. */
  people: z.record(z.string(), nameParts.extend({ company: z.string() })),
  counts: z.object({
    rows: z.number().int(),
    new: z.number().int(),
    duplicates: z.number().int(),
    problems: z.number().int()
  })
})
export type ImportPreview = z.infer<typeof importPreview>

export const importChoice = z.object({
  row: z.number().int().min(1),
  action: z.enum(importActions),
  /** For a merge: one of the row's matches. */
  targetId: id.nullable().default(null)
})
export type ImportChoice = z.input<typeof importChoice>

export const importBatch = z.object({
  id,
  fileName: z.string(),
  format: z.enum(importFormats),
  created: z.number().int(),
  merged: z.number().int(),
  skipped: z.number().int(),
  createdAt: instant,
  undoneAt: instant.nullable()
})
export type ImportBatch = z.infer<typeof importBatch>

export const importsProcedures = {
  /**
   * One piece of a file chosen in the window, base64, in order from index 0 (which starts the file
   * afresh). Kept in the data folder until it is imported; over 50 MB is refused. Writes no data.
   */
  'imports.upload': {
    input: z.object({ upload: id, index: z.number().int().min(0).max(Math.ceil(maxImportBytes / importChunkBytes)), data: z.string().max(maxChunkChars).regex(/^[A-Za-z0-9+/]*={0,2}$/u, 'Expected base64') }),
    output: z.object({ bytes: z.number().int() }),
    changes: readsOnly
  },
  /** The file read and matched against People: each row, its problems and duplicates, what to do. Writes nothing. */
  'imports.preview': { input: z.object({ source: importSource }), output: importPreview, changes: readsOnly },
  /**
   * Starts the import as a job: the preview's proposals with the user's choices over them, written in
   * one transaction as one batch. Its result is `{ batchId, created, merged, skipped }`; People and
   * the batch list change when it ends.
   */
  'imports.commit': {
    input: z.object({ source: importSource, fileName: shortText.default(''), choices: z.array(importChoice).max(200_000).default([]) }),
    output: jobState,
    changes: readsOnly
  },
  /** The imports done so far, newest first. */
  'imports.batches': { input: z.object({}), output: z.array(importBatch), changes: readsOnly },
  /** Undoes a whole batch: people it created go to the trash, people it merged into get their fields back. */
  'imports.undo': { input: z.object({ id }), output: importBatch, changes: ['people', 'imports'] }
} as const
