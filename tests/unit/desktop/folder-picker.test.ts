import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { JobState } from '../../../src/shared/api/jobs'
import { call, tempDir, testCore } from '../support/core'
import { createFakeElectron, type FakeElectron } from './fake-electron'

let fake: FakeElectron
vi.mock('electron', () => {
  fake = createFakeElectron()
  return fake.module
})

const { chooseFolder, chooseFolderChannel, registerFolderPicker } = await import('../../../src/main/desktop/folder-picker')
const { desktopWords } = await import('../../../src/main/desktop/tray-words')

const ours = { senderFrame: { url: 'app://engawa/index.html#/settings' }, sender: {} } as never

beforeEach(() => {
  vi.clearAllMocks()
  fake.windows.length = 0
})

describe('the desktop folder picker', () => {
  it('shows the system dialog for a folder (one may be created there) and grants what the user picked', async () => {
    const core = testCore(undefined, { pathAccess: 'chosen' })
    const picked = join(tempDir(), 'Obsidian', 'Engawa')
    fake.module.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [picked] })
    const off = registerFolderPicker({ allow: (folder) => core.ctx.paths.allow(folder), words: () => desktopWords.ja })
    expect(fake.ipcHandlers.has(chooseFolderChannel)).toBe(true)

    // Before the dialog, the window cannot name that folder.
    expect(await core.dispatch('exports.vault', { folder: picked })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    const answer = await fake.ipcHandlers.get(chooseFolderChannel)!(ours)
    expect(answer).toEqual({ folder: picked })
    const [options] = fake.module.dialog.showOpenDialog.mock.calls[0] ?? []
    expect(options).toEqual({
      title: desktopWords.ja.chooseVaultFolder,
      buttonLabel: desktopWords.ja.chooseFolderButton,
      properties: ['openDirectory', 'createDirectory']
    })
    const started = await call<JobState>(core, 'exports.vault', { folder: picked, language: 'ja' })
    expect(await core.ctx.jobs.settled(started.id)).toMatchObject({ status: 'done' })
    expect(existsSync(join(picked, 'index.md'))).toBe(true)
    off()
    expect(fake.ipcHandlers.has(chooseFolderChannel)).toBe(false)
  })

  it('opens the dialog on the asking window, so it is modal to it', async () => {
    const window = new fake.module.BrowserWindow({})
    await chooseFolder({ senderFrame: { url: 'app://engawa/index.html' }, sender: window.webContents } as never, { allow: vi.fn(), words: () => desktopWords.en })
    expect(fake.module.dialog.showOpenDialog.mock.calls[0]?.[0]).toBe(window)
  })

  it('grants nothing when the user cancels', async () => {
    const allow = vi.fn()
    fake.module.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] })
    expect(await chooseFolder(ours, { allow, words: () => desktopWords.en })).toBeNull()
    expect(allow).not.toHaveBeenCalled()
  })

  it('ignores a frame that is not our window, without showing any dialog', async () => {
    const allow = vi.fn()
    for (const url of ['https://evil.example/', 'file:///tmp/x.html', undefined]) {
      const event = { senderFrame: url ? { url } : null, sender: {} } as never
      expect(await chooseFolder(event, { allow, words: () => desktopWords.en })).toBeNull()
    }
    expect(fake.module.dialog.showOpenDialog).not.toHaveBeenCalled()
    expect(allow).not.toHaveBeenCalled()
  })
})
