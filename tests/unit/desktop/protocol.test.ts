import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { tempDir } from '../support/core'
import { createFakeElectron } from './fake-electron'

let fake: ReturnType<typeof createFakeElectron>
vi.mock('electron', () => {
  fake = createFakeElectron()
  return fake.module
})
const { registerAppScheme, resolveAppPath } = await import('../../../src/main/desktop/protocol')

function rendererDir(): string {
  const root = join(tempDir(), 'renderer')
  mkdirSync(join(root, 'assets'), { recursive: true })
  writeFileSync(join(root, 'index.html'), '')
  writeFileSync(join(root, 'assets', 'app.js'), '')
  return root
}

describe('app:// protocol', () => {
  it('is a standard, secure scheme whose compiled scripts V8 keeps between launches', () => {
    registerAppScheme()
    expect(fake.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, codeCache: true }) }
    ])
  })

  it('maps app://engawa paths into the renderer folder', async () => {
    const root = rendererDir()
    expect(resolveAppPath(root, 'app://engawa/assets/app.js')).toBe(join(root, 'assets', 'app.js'))
    expect(resolveAppPath(root, 'app://engawa/people/123')).toBe(join(root, 'index.html'))
  })

  it('never serves a file outside it, nor another host', async () => {
    const root = rendererDir()
    expect(resolveAppPath(root, 'app://engawa/../../etc/passwd')).not.toContain('etc')
    expect(resolveAppPath(root, 'app://engawa/..%2F..%2Fetc%2Fpasswd')).toBeNull()
    expect(resolveAppPath(root, 'app://other/index.html')).toBeNull()
    expect(resolveAppPath(root, 'app://engawa/%E0%A4%A')).toBeNull()
  })
})
