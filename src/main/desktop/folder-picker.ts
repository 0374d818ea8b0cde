import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent, type OpenDialogOptions } from 'electron'
import { isTrustedSender } from '../rpc/ipc'
import type { DesktopWords } from './tray-words'

export const chooseFolderChannel = 'engawa:choose-folder'

export interface FolderPickerDeps {
  /** Makes the chosen folder usable by the next `exports.vault` (the core's path policy). */
  allow(folder: string): void
  words(): Pick<DesktopWords, 'chooseVaultFolder' | 'chooseFolderButton'>
}

/**
 * The system's own folder dialog, for the Markdown export. The window only asks; main shows the
 * dialog and grants the folder the user picked, so a path the window merely sends is never trusted.
 * Answers `{ folder }`, or `null` when the user cancelled (or the caller is not our window).
 */
export async function chooseFolder(event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>, deps: FolderPickerDeps): Promise<{ folder: string } | null> {
  if (!isTrustedSender(event.senderFrame?.url)) return null
  const words = deps.words()
  const options: OpenDialogOptions = {
    title: words.chooseVaultFolder,
    buttonLabel: words.chooseFolderButton,
    properties: ['openDirectory', 'createDirectory']
  }
  // Attached to the window when there is one, so the dialog is modal to it (a sheet on macOS).
  const window = BrowserWindow.fromWebContents(event.sender)
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
  const folder = result.canceled ? undefined : result.filePaths[0]
  if (!folder) return null
  deps.allow(folder)
  return { folder }
}

export function registerFolderPicker(deps: FolderPickerDeps): () => void {
  ipcMain.handle(chooseFolderChannel, (event) => chooseFolder(event, deps))
  return () => ipcMain.removeHandler(chooseFolderChannel)
}
