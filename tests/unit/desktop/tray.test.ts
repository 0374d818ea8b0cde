import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Person } from '../../../src/shared/api/people'
import { call, fixedClock, testCore } from '../support/core'
import { createFakeElectron, type FakeElectron } from './fake-electron'

let fake: FakeElectron
vi.mock('electron', () => {
  fake = createFakeElectron()
  return fake.module
})

const { createTray, trayMenuTemplate } = await import('../../../src/main/desktop/tray')
const icons = { template: '/icons/trayTemplate.png', onLight: '/icons/tray-on-light.png', onDark: '/icons/tray-on-dark.png' }
const { showReminder } = await import('../../../src/main/desktop/notifications')
const { startReminders } = await import('../../../src/main/desktop/reminders')
const { desktopWords } = await import('../../../src/main/desktop/tray-words')

type MenuItem = { label?: string; type?: string; click?: () => void }
const labels = (menu: unknown) => ((menu as { template: MenuItem[] }).template ?? []).map((item) => item.label ?? item.type)

const actions = () => ({ openWindow: vi.fn(), openFollowup: vi.fn(), snoozeAll: vi.fn(), quit: vi.fn() })

beforeEach(() => {
  fake.trays.length = 0
  fake.notifications.length = 0
  fake.setNotificationsSupported(true)
})

describe('tray', () => {
  it('uses a template image on macOS and lists pending thank-yous that open on click', async () => {
    const handlers = actions()
    const tray = createTray(icons, handlers, 'darwin')
    const model = { tooltip: 'Engawa — 1 thank-you to send', items: [{ id: 'f1', label: 'Thank Ann Lee' }], more: 0 }
    tray.update(model, desktopWords.en)
    const fakeTray = fake.trays[0]!
    expect(fakeTray.image).toMatchObject({ path: '/icons/trayTemplate.png', template: true })
    expect(fakeTray.tooltip).toBe('Engawa — 1 thank-you to send')
    expect(labels(fakeTray.menu)).toEqual(['Thank Ann Lee', 'separator', 'Snooze all until tomorrow', 'separator', 'Open Engawa', 'Quit Engawa'])
    const items = (fakeTray.menu as { template: MenuItem[] }).template
    items[0]?.click?.()
    items[2]?.click?.()
    items[5]?.click?.()
    expect(handlers.openFollowup).toHaveBeenCalledWith('f1')
    expect(handlers.snoozeAll).toHaveBeenCalled()
    expect(handlers.quit).toHaveBeenCalled()
    fakeTray.listeners.get('click')?.()
    expect(handlers.openWindow).toHaveBeenCalled()
  })

  it('on Windows follows the taskbar (the system theme, not the apps\' one) and switches when it changes', async () => {
    fake.module.nativeTheme.change({ apps: true, system: false })
    const tray = createTray(icons, actions(), 'win32')
    const fakeTray = fake.trays[0]!
    expect(fakeTray.image).toMatchObject({ path: '/icons/tray-on-light.png', template: false })
    fake.module.nativeTheme.change({ system: true })
    expect(fakeTray.images.at(-1)).toMatchObject({ path: '/icons/tray-on-dark.png', template: false })
    tray.destroy()
    expect(fake.module.nativeTheme.listenerCount()).toBe(0)
    fake.module.nativeTheme.change({ apps: false, system: false })
  })

  it('on Linux follows the theme, and macOS needs no switching: the system tints the template', async () => {
    fake.module.nativeTheme.change({ apps: true })
    const linux = createTray(icons, actions(), 'linux')
    expect(fake.trays[0]!.image).toMatchObject({ path: '/icons/tray-on-dark.png' })
    fake.module.nativeTheme.change({ apps: false })
    expect(fake.trays[0]!.images.at(-1)).toMatchObject({ path: '/icons/tray-on-light.png' })
    linux.destroy()
    const mac = createTray(icons, actions(), 'darwin')
    expect(fake.module.nativeTheme.listenerCount()).toBe(0)
    mac.destroy()
  })

  it('offers only open and quit when nothing waits, and points to the window for the rest', async () => {
    expect(labels({ template: trayMenuTemplate({ tooltip: '', items: [], more: 0 }, desktopWords.ja, actions()) })).toEqual([
      'separator',
      'Engawa を開く',
      'Engawa を終了'
    ])
    const crowded = trayMenuTemplate({ tooltip: '', items: [{ id: 'a', label: 'A' }], more: 3 }, desktopWords.en, actions())
    expect(crowded.map((item) => item.label ?? item.type)).toContain('3 more in the window…')
  })

  it('shows silent notifications, and none where the system has no support', async () => {
    const onClick = vi.fn()
    expect(showReminder('Title', 'Body', onClick)).toBe(true)
    expect(fake.notifications[0]?.options).toEqual({ title: 'Title', body: 'Body', silent: true })
    fake.notifications[0]?.listeners.get('click')?.()
    expect(onClick).toHaveBeenCalled()
    fake.setNotificationsSupported(false)
    expect(showReminder('Title', 'Body', onClick)).toBe(false)
  })
})

describe('reminder loop', () => {
  function setup(iso: string, timeZone: string) {
    const clock = fixedClock(iso, timeZone)
    const core = testCore(clock)
    const update = vi.fn()
    const notify = vi.fn((_title: string, _body: string, _onClick: () => void) => true)
    const openThankYou = vi.fn()
    let tick: () => void = () => undefined
    const timers = {
      setInterval: ((fn: () => void) => ((tick = fn), 1)) as unknown as typeof setInterval,
      clearInterval: vi.fn() as unknown as typeof clearInterval
    }
    const stop = startReminders({ core, tray: { update, shown: () => true, destroy: vi.fn() }, notify, systemLocale: () => 'en-US', openThankYou, timers })
    return { clock, core, update, notify, openThankYou, tick: () => tick(), stop }
  }

  async function endMeeting(core: ReturnType<typeof testCore>, name: string) {
    const person = await call<Person>(core, 'people.quickAdd', { name })
    const meeting = await call<{ id: string }>(core, 'meetings.create', { personId: person.id })
    await call(core, 'meetings.end', { id: meeting.id })
  }

  it('updates the tray when follow-ups change, and reminds once at the reminder time', async () => {
    // 17:30 in Tokyo; reminder at 18:00 by default.
    const loop = setup('2026-11-27T08:30:00Z', 'Asia/Tokyo')
    expect(loop.update.mock.lastCall?.[0]).toMatchObject({ tooltip: 'Engawa — nothing waiting', items: [] })
    await endMeeting(loop.core, 'Ann Lee')
    expect(loop.update.mock.lastCall?.[0]).toMatchObject({ tooltip: 'Engawa — 1 thank-you to send', items: [{ label: 'Thank Ann Lee' }] })
    loop.tick()
    expect(loop.notify).not.toHaveBeenCalled()

    loop.clock.set('2026-11-27T09:00:00Z')
    loop.tick()
    loop.tick()
    expect(loop.notify).toHaveBeenCalledTimes(1)
    expect(loop.notify.mock.lastCall?.slice(0, 2)).toEqual(['A thank-you is waiting', 'A short note to Ann Lee today?'])
    loop.notify.mock.lastCall?.[2]()
    expect(loop.openThankYou).toHaveBeenCalledWith(expect.stringMatching(/^[0-9a-f-]{36}$/))

    // The next evening, in the same zone, the thank-you is still waiting: one more reminder.
    loop.clock.set('2026-11-28T09:05:00Z')
    loop.tick()
    expect(loop.notify).toHaveBeenCalledTimes(2)
    loop.stop()
  })

  it('waits while an import holds the file, and reminds on the first tick after it', async () => {
    const loop = setup('2026-11-27T09:00:00Z', 'Asia/Tokyo')
    await endMeeting(loop.core, 'Ann Lee')
    let release: () => void = () => undefined
    const importing = loop.core.ctx.writes.exclusive(() => new Promise<void>((resolve) => (release = resolve)))
    await Promise.resolve()
    loop.tick()
    expect(loop.notify).not.toHaveBeenCalled()
    release()
    await importing
    loop.tick()
    expect(loop.notify).toHaveBeenCalledTimes(1)
    loop.stop()
  })

  it('asks for the day\'s aftercare once per local day, never on a push', async () => {
    const clock = fixedClock('2026-11-27T08:30:00Z', 'Asia/Tokyo')
    const core = testCore(clock)
    const daily = vi.fn()
    let tick: () => void = () => undefined
    const timers = {
      setInterval: ((fn: () => void) => ((tick = fn), 1)) as unknown as typeof setInterval,
      clearInterval: vi.fn() as unknown as typeof clearInterval
    }
    const stop = startReminders({ core, tray: null, notify: vi.fn(() => true), systemLocale: () => 'en-US', openThankYou: vi.fn(), timers, daily })
    await endMeeting(core, 'Ann Lee')
    tick()
    expect(daily).toHaveBeenCalledTimes(1)
    clock.set('2026-11-27T16:00:00Z') // 01:00 on the 28th in Tokyo
    tick()
    tick()
    expect(daily).toHaveBeenCalledTimes(2)
    stop()
  })

  it('keeps quiet in quiet hours and speaks the chosen language', async () => {
    const loop = setup('2026-11-27T13:30:00Z', 'Asia/Tokyo') // 22:30, inside 22:00–08:00
    await call(loop.core, 'settings.update', { language: 'ja' })
    await endMeeting(loop.core, '佐藤 美咲')
    loop.tick()
    expect(loop.notify).not.toHaveBeenCalled()
    expect(loop.update.mock.lastCall?.[0]).toMatchObject({ tooltip: 'Engawa — お礼 1 件', items: [{ label: '佐藤 美咲さんにお礼' }] })
    loop.stop()
  })

  it('drops a trashed person\'s thank-you from the tray at once, and brings it back on restore', async () => {
    const loop = setup('2026-11-27T08:30:00Z', 'Asia/Tokyo')
    await endMeeting(loop.core, 'Ann Lee')
    await endMeeting(loop.core, 'Tom Becker')
    expect(loop.update.mock.lastCall?.[0]).toMatchObject({ tooltip: 'Engawa — 2 thank-yous to send' })
    const { items } = await call<{ items: Person[] }>(loop.core, 'people.list', { query: 'Ann' })
    const ann = items[0] as Person
    await call(loop.core, 'people.delete', { id: ann.id })
    expect(loop.update.mock.lastCall?.[0]).toMatchObject({ items: [{ label: 'Thank Tom Becker' }] })
    await call(loop.core, 'people.restore', { id: ann.id })
    expect(loop.update.mock.lastCall?.[0]).toMatchObject({ tooltip: 'Engawa — 2 thank-yous to send' })
    // Notes saved while typing change nothing the tray shows: no refresh for them. (Planning the
    // meeting may move Ann's stage, a change to people, so the count starts after it.)
    const meeting = await call<{ id: string }>(loop.core, 'meetings.create', { personId: ann.id })
    const updates = loop.update.mock.calls.length
    await call(loop.core, 'meetings.saveNotes', { id: meeting.id, section: 'freeNotes', text: 'typing…' })
    expect(loop.update.mock.calls.length).toBe(updates)
    loop.stop()
  })
})
