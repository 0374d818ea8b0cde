import { existsSync, readFileSync, writeFileSync } from 'node:fs'

export interface WindowBounds {
  x?: number
  y?: number
  width: number
  height: number
}
export interface DisplayArea {
  x: number
  y: number
  width: number
  height: number
}

export const defaultBounds: WindowBounds = { width: 1100, height: 760 }

/**
 * The saved size and place, if the window would still be visible on one of the displays now
 * attached (a monitor may have been unplugged); otherwise the default size, centred.
 */
export function restoreBounds(saved: unknown, displays: DisplayArea[]): WindowBounds {
  if (typeof saved !== 'object' || saved === null) return defaultBounds
  const { x, y, width, height } = saved as Record<string, unknown>
  if (typeof width !== 'number' || typeof height !== 'number' || width < 400 || height < 300) return defaultBounds
  if (typeof x !== 'number' || typeof y !== 'number') return { width, height }
  const visible = displays.some(
    (area) => x + 100 <= area.x + area.width && x + width - 100 >= area.x && y >= area.y && y + 50 <= area.y + area.height
  )
  return visible ? { x, y, width, height } : { width, height }
}

export function readWindowState(file: string): unknown {
  if (!existsSync(file)) return null
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return null
  }
}

export function writeWindowState(file: string, bounds: WindowBounds): void {
  writeFileSync(file, JSON.stringify(bounds))
}
