import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { manifestName, readManifest, sha256 } from '../../../src/main/export/manifest'
import { openVault } from '../../../src/main/export/vault-writer'
import { tempDir } from '../support/core'

const stamp = '2026-11-28'

describe('vault writer', () => {
  it('writes files and a manifest of their hashes', async () => {
    const folder = join(tempDir(), 'vault')
    const vault = openVault(folder, stamp)
    expect(await vault.write('People/Alex Kim.md', '# Alex\n')).toBe('written')
    expect(await vault.write('index.md', 'index\n')).toBe('written')
    await vault.saveManifest()
    expect(readFileSync(join(folder, 'People', 'Alex Kim.md'), 'utf8')).toBe('# Alex\n')
    expect(readManifest(folder).files).toEqual({ 'People/Alex Kim.md': sha256('# Alex\n'), 'index.md': sha256('index\n') })
    expect(vault.summary()).toEqual({ written: 2, unchanged: 0, keptUserEdits: 0 })
  })

  it('updates its own files, leaves equal ones, and keeps a file the user edited', async () => {
    const folder = tempDir()
    const first = openVault(folder, stamp)
    await first.write('People/A.md', 'a1')
    await first.write('People/B.md', 'b1')
    await first.write('People/C.md', 'c1')
    await first.saveManifest()
    writeFileSync(join(folder, 'People', 'B.md'), 'b1 and my own words')
    writeFileSync(join(folder, 'mine.md'), 'never touched')

    const second = openVault(folder, stamp)
    expect(await second.write('People/A.md', 'a2')).toBe('written')
    expect(await second.write('People/B.md', 'b2')).toBe('keptUserEdit')
    expect(await second.write('People/C.md', 'c1')).toBe('unchanged')
    await second.saveManifest()
    expect(readFileSync(join(folder, 'People', 'A.md'), 'utf8')).toBe('a2')
    expect(readFileSync(join(folder, 'People', 'B.md'), 'utf8')).toBe('b1 and my own words')
    expect(readFileSync(join(folder, 'People', 'B (Engawa 2026-11-28).md'), 'utf8')).toBe('b2')
    expect(readFileSync(join(folder, 'mine.md'), 'utf8')).toBe('never touched')
    expect(second.summary()).toEqual({ written: 1, unchanged: 1, keptUserEdits: 1 })

    // A third export the same day rewrites its beside copy, still never the user's file.
    const third = openVault(folder, stamp)
    expect(await third.write('People/B.md', 'b3')).toBe('keptUserEdit')
    expect(readFileSync(join(folder, 'People', 'B (Engawa 2026-11-28).md'), 'utf8')).toBe('b3')
    expect(readFileSync(join(folder, 'People', 'B.md'), 'utf8')).toBe('b1 and my own words')
  })

  it('never overwrites a file it did not write', async () => {
    const folder = tempDir()
    writeFileSync(join(folder, 'index.md'), 'the user made this')
    const vault = openVault(folder, stamp)
    expect(await vault.write('index.md', 'app index')).toBe('keptUserEdit')
    expect(readFileSync(join(folder, 'index.md'), 'utf8')).toBe('the user made this')
  })

  it('never writes through a symlink that points outside the folder', async () => {
    const outside = tempDir()
    const folder = tempDir()
    writeFileSync(join(outside, 'secret.md'), 'outside')
    symlinkSync(join(outside, 'secret.md'), join(folder, 'index.md'))
    const vault = openVault(folder, stamp)
    expect(await vault.write('index.md', 'app index')).toBe('keptUserEdit')
    expect(readFileSync(join(outside, 'secret.md'), 'utf8')).toBe('outside')
    expect(readdirSync(outside)).toEqual(['secret.md'])
  })

  it('refuses a linked folder and writes nothing outside', async () => {
    const outside = tempDir()
    const folder = tempDir()
    symlinkSync(outside, join(folder, 'People'))
    const vault = openVault(folder, stamp)
    await expect(vault.write('People/A.md', 'a')).rejects.toThrow(/link/)
    expect(readdirSync(outside)).toEqual([])
  })

  it('refuses paths that would leave the folder', async () => {
    const folder = tempDir()
    const vault = openVault(folder, stamp)
    for (const path of ['../x.md', 'People/../../x.md', '/etc/passwd', 'a\\..\\b.md', '', 'People//x.md', './x.md', 'C:x.md']) {
      await expect(vault.write(path, 'x')).rejects.toThrow()
    }
    expect(readdirSync(folder)).toEqual([])
  })

  it('reads a damaged manifest as empty, so existing files count as the user', async () => {
    const folder = tempDir()
    mkdirSync(join(folder, 'People'))
    writeFileSync(join(folder, 'People', 'A.md'), 'a1')
    writeFileSync(join(folder, manifestName), '{ not json')
    const vault = openVault(folder, stamp)
    expect(await vault.write('People/A.md', 'a2')).toBe('keptUserEdit')
    expect(existsSync(join(folder, 'People', 'A (Engawa 2026-11-28).md'))).toBe(true)
  })

  it('refuses a relative folder', async () => {
    expect(() => openVault('relative/vault', stamp)).toThrow(/absolute/)
  })
})

describe('vault folder', () => {
  it('says which folder it cannot create, and never hangs on one it cannot', async () => {
    const file = join(tempDir(), 'a-file')
    writeFileSync(file, 'x')
    expect(() => openVault(join(file, 'vault'), stamp)).toThrow(/Cannot create or open the folder/)
    expect(() => openVault(file, stamp)).toThrow(/Cannot create or open the folder/)
    expect(() => openVault('/proc/engawa-nope/vault', stamp)).toThrow(/Cannot create or open the folder/)
  })
})
