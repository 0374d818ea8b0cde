import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron'
import type { PushName } from '../../shared/api/push'
import { fail, type Result } from '../../shared/api/result'
import type { Dispatch } from './dispatch'

export const invokeChannel = 'engawa:invoke'
export const eventChannel = 'engawa:event'

/** Only our own renderer, loaded from app://engawa, may call in; not a page it navigated to. */
export function isTrustedSender(frameUrl: string | undefined): boolean {
  return frameUrl !== undefined && frameUrl.startsWith('app://engawa/')
}

export function handleInvoke(
  dispatch: Dispatch,
  event: Pick<IpcMainInvokeEvent, 'senderFrame'>,
  procedure: unknown,
  input: unknown
): Promise<Result<unknown>> {
  if (!isTrustedSender(event.senderFrame?.url)) {
    return Promise.resolve(fail('UNAUTHORIZED', 'Calls are accepted only from Engawa’s own window'))
  }
  if (typeof procedure !== 'string') return Promise.resolve(fail('INVALID_INPUT', 'Procedure name must be a string'))
  return dispatch(procedure, input)
}

/** The only IPC channel: every call goes through the same dispatch as browser mode. */
export function registerIpc(dispatch: Dispatch): () => void {
  ipcMain.handle(invokeChannel, (event, procedure: unknown, input: unknown) =>
    handleInvoke(dispatch, event, procedure, input)
  )
  return () => ipcMain.removeHandler(invokeChannel)
}

export function sendPushEvent(contents: WebContents, name: PushName, payload: unknown): void {
  if (!contents.isDestroyed()) contents.send(eventChannel, name, payload)
}
