import { describe, expect, it, vi } from 'vitest'
import { call, testCore } from '../support/core'
import { createFakeElectron, type FakeElectron } from './fake-electron'

let fake: FakeElectron
vi.mock('electron', () => {
  fake = createFakeElectron()
  return fake.module
})

const { startBackground } = await import('../../../src/main/desktop/background')

type MenuItem = { label?: string; click?: () => void }

describe('background: tray, reminders and launch at login', () => {
  it('follows the launch-at-login setting, speaks the system language, and wires the tray menu', async () => {
    const core = testCore()
    const reveal = vi.fn()
    const showFollowup = vi.fn()
    const background = startBackground({ core, trayIcons: { template: '/trayTemplate.png', onLight: '/tray-on-light.png', onDark: '/tray-on-dark.png' }, reveal, showFollowup })
    expect(fake.module.app.loginItem).toEqual({ openAtLogin: false })
    await call(core, 'settings.update', { launchAtLogin: true })
    expect(fake.module.app.loginItem).toEqual({ openAtLogin: true })

    const tray = fake.trays.at(-1)!
    expect(tray.tooltip).toBe('Engawa — 待っているものはありません')
    const person = await call<{ id: string }>(core, 'people.quickAdd', { name: '高橋 健' })
    const meeting = await call<{ id: string }>(core, 'meetings.create', { personId: person.id })
    const { thankYou } = await call<{ thankYou: { id: string } }>(core, 'meetings.end', { id: meeting.id })
    const items = (tray.menu as { template: MenuItem[] }).template
    expect(items[0]?.label).toBe('高橋 健さんにお礼')
    items[0]?.click?.()
    expect(showFollowup).toHaveBeenCalledWith(thankYou.id)
    items.find((item) => item.label === 'すべて明日に延ばす')?.click?.()
    // The click goes through dispatch; the tray hears the change like every window does.
    await vi.waitFor(() => expect(tray.tooltip).toBe('Engawa — 待っているものはありません'))
    expect((await call<unknown[]>(core, 'followups.list', {})).length).toBe(1)
    items.find((item) => item.label === 'Engawa を終了')?.click?.()
    expect(fake.module.app.quit).toHaveBeenCalled()

    expect(background.trayShown()).toBe(true)
    background.stop()
    expect(tray.destroyed).toBe(true)
    expect(background.trayShown()).toBe(false)
    await call(core, 'settings.update', { launchAtLogin: false })
    expect(fake.module.app.loginItem).toEqual({ openAtLogin: true })
  })
})
