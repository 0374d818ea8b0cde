import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultBounds, readWindowState, restoreBounds, writeWindowState } from '../../../src/main/desktop/window-state'
import { tempDir } from '../support/core'

const laptop = { x: 0, y: 0, width: 1440, height: 900 }
const external = { x: 1440, y: 0, width: 2560, height: 1440 }

describe('window state', () => {
  it('restores the saved size and place while it is on a display', async () => {
    expect(restoreBounds({ x: 1600, y: 100, width: 1000, height: 700 }, [laptop, external])).toEqual({ x: 1600, y: 100, width: 1000, height: 700 })
  })

  it('keeps the size but recentres when that display is gone', async () => {
    expect(restoreBounds({ x: 1600, y: 100, width: 1000, height: 700 }, [laptop])).toEqual({ width: 1000, height: 700 })
  })

  it('falls back to the default for missing or corrupt state', async () => {
    expect(restoreBounds(null, [laptop])).toEqual(defaultBounds)
    expect(restoreBounds({ width: 'big' }, [laptop])).toEqual(defaultBounds)
    expect(restoreBounds({ width: 10, height: 10 }, [laptop])).toEqual(defaultBounds)
  })

  it('round-trips through a file and survives a broken one', async () => {
    const file = join(tempDir(), 'window-state.json')
    expect(readWindowState(file)).toBeNull()
    writeWindowState(file, { x: 10, y: 20, width: 900, height: 600 })
    expect(readWindowState(file)).toEqual({ x: 10, y: 20, width: 900, height: 600 })
    writeFileSync(file, '{ not json')
    expect(readWindowState(file)).toBeNull()
  })
})
