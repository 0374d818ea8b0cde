import { describe, expect, it, vi } from 'vitest'
import { createFakeElectron, type FakeElectron } from './fake-electron'

let fake: FakeElectron
vi.mock('electron', () => {
  fake = createFakeElectron()
  return fake.module
})

const { handleInvoke, invokeChannel, isTrustedSender, registerIpc } = await import('../../../src/main/rpc/ipc')

describe('IPC transport', () => {
  const dispatch = vi.fn((procedure: string) => Promise.resolve({ ok: true as const, value: procedure }))

  it('registers one channel that forwards calls from our own window to dispatch', async () => {
    const off = registerIpc(dispatch)
    expect([...fake.ipcHandlers.keys()]).toEqual([invokeChannel])
    const handler = fake.ipcHandlers.get(invokeChannel)!
    const reply = await handler({ senderFrame: { url: 'app://engawa/index.html#/people' } }, 'people.list', {})
    expect(reply).toEqual({ ok: true, value: 'people.list' })
    off()
    expect(fake.ipcHandlers.size).toBe(0)
  })

  it('refuses calls from any other frame without dispatching', async () => {
    dispatch.mockClear()
    for (const url of ['https://evil.example/', 'file:///tmp/x.html', 'app://other/index.html', undefined]) {
      const reply = await handleInvoke(dispatch, { senderFrame: url ? ({ url } as never) : null }, 'people.list', {})
      expect(reply).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } })
    }
    expect(dispatch).not.toHaveBeenCalled()
  })

  it('rejects a non-string procedure name', async () => {
    expect(await handleInvoke(dispatch, { senderFrame: { url: 'app://engawa/' } as never }, 42, {})).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' }
    })
  })

  it('trusts only pages served from app://engawa, never a dev server or a look-alike', async () => {
    expect(isTrustedSender('app://engawa/index.html')).toBe(true)
    expect(isTrustedSender('http://localhost:5173/')).toBe(false)
    expect(isTrustedSender('app://engawa.evil/')).toBe(false)
    expect(isTrustedSender(undefined)).toBe(false)
  })
})
