import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { FuseV1Options, FuseVersion } from '@electron/fuses'
import { describe, expect, it } from 'vitest'
import { appUserModelId } from '../../../src/main/desktop/app-id'
import { dockActions } from '../../../src/shared/domain/dock-actions'

const root = join(import.meta.dirname, '../../..')
// Loaded as electron-builder loads it: the module's default export.
const configUrl = pathToFileURL(join(root, 'electron-builder.config.mjs')).href
const module = (await import(configUrl)) as {
  default: Record<string, unknown> & Record<'mac' | 'win' | 'nsis' | 'linux' | 'deb' | 'appImage', Record<string, unknown>>
  fuses: Record<string, unknown>
  electronBinaryPath: (context: unknown) => string
  afterPack: (context: unknown) => Promise<void>
}
const config = module.default
const targets = (platform: Record<string, unknown>) => platform.target as { target: string; arch: string[] }[]

describe('packaging config', () => {
  it('makes a dmg for both Mac chips, a per-user NSIS installer, an AppImage and a deb', () => {
    expect(targets(config.mac)).toEqual([{ target: 'dmg', arch: ['arm64', 'x64'] }])
    expect(targets(config.win).map((target) => target.target)).toEqual(['nsis'])
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false, createStartMenuShortcut: true })
    expect(config.linux.target).toEqual(['AppImage', 'deb'])
    // The Start-menu shortcut's AppUserModelID is the appId; the running app sets the same one.
    expect(config.appId).toBe(appUserModelId)
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))).toMatchObject({ productName: 'Engawa', desktopName: 'engawa.desktop' })
  })

  it('sets every fuse the security baseline asks for, in the afterPack hook', async () => {
    expect(module.fuses).toEqual({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.EnableCookieEncryption]: true
    })
    expect(config.afterPack).toBe(module.afterPack)
    const packager = { appInfo: { productFilename: 'Engawa' }, executableName: 'engawa' }
    const where = (electronPlatformName: string) => module.electronBinaryPath({ appOutDir: '/out', electronPlatformName, packager })
    expect([where('darwin'), where('win32'), where('linux')]).toEqual([join('/out', 'Engawa.app'), join('/out', 'Engawa.exe'), join('/out', 'engawa')])
    // A binary without Electron's fuse wire is refused rather than shipped unflipped.
    await expect(module.afterPack({ appOutDir: root, electronPlatformName: 'linux', packager: { ...packager, executableName: 'package.json' }, arch: 1 })).rejects.toThrow(/sentinel/)
  })

  it('keeps better-sqlite3 out of the archive, rebuilt for Electron, and ships only the built app', () => {
    expect(config.asar).toBe(true)
    expect(config.asarUnpack).toEqual(['node_modules/better-sqlite3/build/Release/*.node'])
    expect(config.npmRebuild).toBe(true)
    const files = config.files as string[]
    expect(files.filter((pattern) => !pattern.startsWith('!'))).toEqual(['out/main/**', 'out/preload/**', 'out/renderer/**', 'package.json'])
    expect(config.extraResources).toEqual([{ from: 'resources/tray', to: 'tray', filter: ['*.png'] }])
  })

  it('registers no URL scheme with the system: app:// stays inside the window', () => {
    expect(config.protocols).toEqual([])
    const protocol = readFileSync(join(root, 'src/main/desktop/protocol.ts'), 'utf8')
    expect(protocol).not.toMatch(/setAsDefaultProtocolClient/)
  })

  it('gives Linux a .desktop entry with its window class, categories and the three actions', () => {
    const desktop = config.linux.desktop as { entry: Record<string, string> }
    expect(config.linux).toMatchObject({ executableName: 'engawa', syncDesktopName: true, category: 'Office;ContactManagement' })
    expect(desktop.entry.Actions).toBe('Today;AddPerson;PlanMeeting;')
    for (const [target, exec] of [
      ['deb', '/opt/Engawa/engawa'],
      ['appImage', 'AppRun']
    ] as const) {
      const actions = (config[target].desktop as { desktopActions: Record<string, { Exec: string; Name: string }> }).desktopActions
      expect(Object.keys(actions)).toEqual(['Today', 'AddPerson', 'PlanMeeting'])
      expect(Object.values(actions).map((action) => action.Exec)).toEqual(dockActions.map((action) => `${exec} --action=${action}`))
      expect(Object.values(actions).map((action) => action.Name)).toEqual(['Today', 'Add a person', 'Plan a one-on-one'])
    }
  })

  it('points every platform at icons that exist, the hicolor set at every size', () => {
    expect(existsSync(join(root, config.mac.icon as string))).toBe(true)
    expect(existsSync(join(root, config.win.icon as string))).toBe(true)
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(existsSync(join(root, config.linux.icon as string, `${size}x${size}.png`))).toBe(true)
    }
    for (const name of ['trayTemplate', 'tray-on-light', 'tray-on-dark']) {
      expect(existsSync(join(root, 'resources/tray', `${name}.png`)) && existsSync(join(root, 'resources/tray', `${name}@2x.png`))).toBe(true)
    }
  })

  it('npm run dist stops at once, in one sentence, when it has no Electron to package', async () => {
    const { spawnSync } = await import('node:child_process')
    const run = spawnSync(process.execPath, ['scripts/dist.mjs', '--dir'], {
      cwd: root,
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: join(root, 'no-such-electron') },
      encoding: 'utf8',
      timeout: 20_000
    })
    expect(run.status).toBe(1)
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^npm run dist needs an unpacked Electron [\d.]+ at ELECTRON_OVERRIDE_DIST_PATH .*, and there is none\.$/)])
  })
})
