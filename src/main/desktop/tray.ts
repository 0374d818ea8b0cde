import { Menu, Tray, nativeImage, type MenuItemConstructorOptions } from 'electron'
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
  destroy(): void
}

/** A monochrome template icon: macOS tints it for light and dark menu bars. */
export function createTray(iconPath: string, actions: TrayActions): EngawaTray {
  const image = nativeImage.createFromPath(iconPath)
  image.setTemplateImage(true)
  const tray = new Tray(image)
  tray.on('click', () => actions.openWindow())
  return {
    update(model, words) {
      tray.setToolTip(model.tooltip)
      tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(model, words, actions)))
    },
    destroy: () => tray.destroy()
  }
}
