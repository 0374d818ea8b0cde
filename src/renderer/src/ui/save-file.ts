/**
 * Saves text as a file through the browser's own download: no file access is needed in either
 * mode, and the user's browser (or Electron's save dialog) decides where it goes.
 */
export function saveTextFile(fileName: string, text: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.click()
  // Revoked later, not at once: some engines read the blob after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000)
}
