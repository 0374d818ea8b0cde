// Packaging, all in this file: `npm run dist` (scripts/dist.mjs) hands it to electron-builder.
import { join } from 'node:path'
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses'

// Also the AppUserModelID on Windows: src/main/desktop/app-id.ts gives the running app the same one (a test checks).
export const appId = 'app.engawa.desktop'

/** Flipped in the Electron binary after packing, before signing (see afterPack below). */
export const fuses = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // electron-builder writes the asar's hash into Info.plist (macOS) and the .exe (Windows); Linux has no check yet.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.EnableCookieEncryption]: true
}

/** The packed app's Electron binary: Engawa.app on macOS, Engawa.exe on Windows, engawa on Linux. */
export function electronBinaryPath({ appOutDir, electronPlatformName, packager }) {
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return join(appOutDir, `${packager.appInfo.productFilename}.app`)
  if (electronPlatformName === 'win32') return join(appOutDir, `${packager.appInfo.productFilename}.exe`)
  return join(appOutDir, packager.executableName)
}

// Arch.arm64 in electron-builder: an unsigned arm64 build needs its ad-hoc signature redone after flipping.
const arm64 = 3

export async function afterPack(context) {
  await flipFuses(electronBinaryPath(context), {
    ...fuses,
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' && context.arch === arm64
  })
}

/** The three dock and taskbar actions, as Linux .desktop actions; macOS and Windows set them at run time. */
export const desktopActionNames = { Today: 'today', AddPerson: 'add-person', PlanMeeting: 'plan-meeting' }
const actionLabels = {
  today: { en: 'Today', ja: '今日' },
  'add-person': { en: 'Add a person', ja: '人を追加' },
  'plan-meeting': { en: 'Plan a one-on-one', ja: '1on1 を計画する' }
}
function desktopActions(exec) {
  return Object.fromEntries(
    Object.entries(desktopActionNames).map(([name, action]) => [
      name,
      { Name: actionLabels[action].en, 'Name[ja]': actionLabels[action].ja, Exec: `${exec} --action=${action}` }
    ])
  )
}

/** @type {import('electron-builder').Configuration} */
const config = {
  appId,
  productName: 'Engawa',
  copyright: 'Copyright © Engawa contributors',
  directories: { output: 'dist', buildResources: 'resources/icons' },
  // Only what the app runs; production dependencies are added by electron-builder.
  files: [
    'out/main/**',
    'out/preload/**',
    'out/renderer/**',
    'package.json',
    '!**/*.map',
    // better-sqlite3's C sources and build leftovers: the compiled module is all it needs.
    '!node_modules/better-sqlite3/{deps,src}/**',
    '!node_modules/better-sqlite3/build/{deps,Release/obj,Release/obj.target,Release/.deps}/**',
    '!node_modules/better-sqlite3/build/Release/test_extension.node'
  ],
  extraResources: [{ from: 'resources/tray', to: 'tray', filter: ['*.png'] }],
  asar: true,
  // A native module cannot be loaded from inside the archive.
  asarUnpack: ['node_modules/better-sqlite3/build/Release/*.node'],
  // electron-builder's own @electron/rebuild makes the Electron build of better-sqlite3 (in place:
  // scripts/dist.mjs puts the Node build back afterwards, for tests and browser mode).
  npmRebuild: true,
  buildDependenciesFromSource: false,
  afterPack,
  // No OS-level URL scheme: the window's app:// scheme is internal (src/main/desktop/protocol.ts).
  protocols: [],
  mac: {
    icon: 'resources/icons/icon.icns',
    category: 'public.app-category.productivity',
    target: [{ target: 'dmg', arch: ['arm64', 'x64'] }],
    hardenedRuntime: true,
    darkModeSupport: true
  },
  dmg: { artifactName: '${productName}-${version}-${arch}.dmg' },
  win: {
    icon: 'resources/icons/icon.ico',
    target: [{ target: 'nsis', arch: ['x64', 'arm64'] }]
  },
  nsis: {
    // Per user, no administrator prompt; a Start-menu entry whose shortcut carries the appId as its AppUserModelID.
    oneClick: false,
    perMachine: false,
    allowElevation: false,
    allowToChangeInstallationDirectory: false,
    createStartMenuShortcut: true,
    createDesktopShortcut: false,
    shortcutName: 'Engawa',
    artifactName: '${productName}-Setup-${version}-${arch}.${ext}',
    deleteAppDataOnUninstall: false
  },
  linux: {
    icon: 'resources/icons/png',
    executableName: 'engawa',
    maintainer: 'Engawa contributors',
    category: 'Office;ContactManagement',
    synopsis: 'A quiet, local-first app for a few deep professional relationships',
    target: ['AppImage', 'deb'],
    syncDesktopName: true,
    desktop: {
      entry: {
        Actions: `${Object.keys(desktopActionNames).join(';')};`,
        Keywords: 'people;relationships;one-on-one;1on1;',
        'Comment[ja]': '少数の深い仕事上の関係を育てる、静かなローカルファーストのアプリ'
      }
    }
  },
  deb: {
    desktop: { desktopActions: desktopActions('/opt/Engawa/engawa') },
    artifactName: '${name}_${version}_${arch}.${ext}'
  },
  appImage: {
    // AppImage integration tools rewrite Exec lines, the actions' too, to the image's own path.
    desktop: { desktopActions: desktopActions('AppRun') },
    artifactName: '${productName}-${version}-${arch}.${ext}'
  }
}

export default config
