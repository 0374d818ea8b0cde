import { Menu, Tray, nativeImage, nativeTheme, type MenuItemConstructorOptions } from 'electron'
import type { TrayModel } from '../../shared/domain/reminders'
import type { DesktopWords } from './tray-words'

export interface TrayActions {
  openWindow(): void
  openFollowup(id: string): void
  snoozeAll(): void
  quit(): void
}

/** The menu: one line per pending thank-you, then snooze, open and quit. */
export function trayMenuTemplate(model: TrayModel, words: DesktopWords, actions: TrayActions): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = model.items.map((item) => ({
    label: item.label,
    click: () => actions.openFollowup(item.id)
  }))
  if (model.more > 0) items.push({ label: words.more(model.more), click: () => actions.openWindow() })
  if (items.length > 0) {
    items.push({ type: 'separator' }, { label: words.snoozeAll, click: () => actions.snoozeAll() })
  }
  items.push({ type: 'separator' }, { label: words.open, click: () => actions.openWindow() }, { label: words.quit, click: () => actions.quit() })
  return items
}

export interface EngawaTray {
  update(model: TrayModel, words: DesktopWords): void
  /** Whether the icon is still in the menu bar or notification area. */
  shown(): boolean
  destroy(): void
}

/** The tray's PNGs (each with an @2x beside it): a macOS template, and ink for light or dark bars. */
export interface TrayIcons {
  template: string
  onLight: string
  onDark: string
}

/**
 * macOS tints a black template image itself. Elsewhere the ink follows the bar: on Windows the
 * taskbar follows the system theme, which may differ from the apps' theme; on Linux, the theme.
 */
export function trayImageFor(platform: NodeJS.Platform, icons: TrayIcons): { path: string; template: boolean } {
  if (platform === 'darwin') return { path: icons.template, template: true }
  const darkBar = platform === 'win32' ? nativeTheme.shouldUseDarkColorsForSystemIntegratedUI : nativeTheme.shouldUseDarkColors
  return { path: darkBar ? icons.onDark : icons.onLight, template: false }
}

function loadImage({ path, template }: { path: string; template: boolean }) {
  const image = nativeImage.createFromPath(path)
  image.setTemplateImage(template)
  return image
}

export function createTray(icons: TrayIcons, actions: TrayActions, platform: NodeJS.Platform = process.platform): EngawaTray {
  const tray = new Tray(loadImage(trayImageFor(platform, icons)))
  tray.on('click', () => actions.openWindow())
  const onThemeUpdated = () => tray.setImage(loadImage(trayImageFor(platform, icons)))
  if (platform !== 'darwin') nativeTheme.on('updated', onThemeUpdated)
  return {
    update(model, words) {
      tray.setToolTip(model.tooltip)
      tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(model, words, actions)))
    },
    shown: () => !tray.isDestroyed(),
    destroy: () => {
      nativeTheme.off('updated', onThemeUpdated)
      tray.destroy()
    }
  }
}
