import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import type { EngawaBridge } from './api'

// Duplicated from rpc/ipc.ts: a sandboxed preload may not import main-process modules.
const invokeChannel = 'engawa:invoke'
const eventChannel = 'engawa:event'
const chooseFolderChannel = 'engawa:choose-folder'

const bridge: EngawaBridge = {
  invoke: (procedure, input) => ipcRenderer.invoke(invokeChannel, procedure, input),
  on: (event, listener) => {
    const forward = (_: IpcRendererEvent, name: string, payload: unknown) => {
      if (name === event) listener(payload)
    }
    ipcRenderer.on(eventChannel, forward)
    return () => ipcRenderer.removeListener(eventChannel, forward)
  },
  chooseFolder: () => ipcRenderer.invoke(chooseFolderChannel) as Promise<{ folder: string } | null>
}

contextBridge.exposeInMainWorld('engawa', bridge)
