import { useMutation } from '@tanstack/react-query'
import type { ImportChoice, ImportSource } from '../../../../shared/api/imports'
import { api } from '../../api/client'
import { useRememberJob } from '../jobs/queries'
import { uploadFile } from './upload'

// No invalidation here: the job's pushes and the `changed` push refresh People and the batch list.

/** Sends the file and reads it back as a preview; nothing is written. */
export const usePreviewFile = () =>
  useMutation({
    mutationFn: async (file: File) => {
      const upload = await uploadFile(file)
      const source: ImportSource = { upload }
      return { source, fileName: file.name, preview: await api.imports.preview({ source }) }
    }
  })

export const useCommitImport = () =>
  useMutation({
    mutationFn: (input: { source: ImportSource; fileName: string; choices: ImportChoice[] }) => api.imports.commit(input),
    onSuccess: useRememberJob()
  })

export const useUndoImport = () => useMutation({ mutationFn: (id: string) => api.imports.undo({ id }) })
