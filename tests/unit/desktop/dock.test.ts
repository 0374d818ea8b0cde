import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createFakeElectron, type FakeElectron } from './fake-electron'

let fake: FakeElectron
vi.mock('electron', () => {
  fake = createFakeElectron()
  return fake.module
})

const { claimSingleInstance, installDockActions } = await import('../../../src/main/desktop/dock')
const { desktopWords } = await import('../../../src/main/desktop/tray-words')

type MenuItem = { label?: string; click?: () => void }

beforeEach(() => {
  vi.clearAllMocks()
  fake.module.app.otherInstanceRunning = false
})

describe('single instance', () => {
  it('quits a second launch after handing its checked action to the running app', () => {
    fake.module.app.otherInstanceRunning = true
    expect(claimSingleInstance(['/opt/Engawa/engawa', '--action=add-person'], vi.fn())).toBe(false)
    expect(fake.module.app.lockData).toEqual({ action: 'add-person' })
    expect(fake.module.app.on).not.toHaveBeenCalled()
  })

  it('in the running app, opens what a later launch asked for, and nothing it made up', () => {
    const onAction = vi.fn()
    expect(claimSingleInstance(['/opt/Engawa/engawa'], onAction)).toBe(true)
    expect(fake.module.app.lockData).toEqual({ action: null })
    const secondLaunch = (argv: string[], data: unknown) => fake.module.app.emit('second-instance', {}, argv, '/', data)
    secondLaunch(['engawa', '--action=today'], { action: 'today' })
    // Chromium may reorder or add switches to the forwarded command line: the data sent is read first.
    secondLaunch(['engawa', '--some-chromium-switch', '--action=plan-meeting'], null)
    secondLaunch(['engawa'], { action: null })
    secondLaunch(['engawa', '--action=../../settings'], { action: 'javascript:alert(1)' })
    expect(onAction.mock.calls).toEqual([['today'], ['plan-meeting'], [null], [null]])
  })
})

describe('dock menu and jump list', () => {
  it('on macOS, a dock menu of the three actions in the chosen language, and no badge', () => {
    const open = vi.fn()
    installDockActions('darwin', desktopWords.ja, open)
    const menu = fake.module.app.dock.setMenu.mock.lastCall?.[0] as unknown as { template: MenuItem[] }
    expect(menu.template.map((item) => item.label)).toEqual(['今日', '人を追加', '1on1 を計画する'])
    menu.template[2]?.click?.()
    expect(open).toHaveBeenCalledWith('plan-meeting')
    expect(fake.module.app.setUserTasks).not.toHaveBeenCalled()
    expect(fake.module.app.setBadgeCount).not.toHaveBeenCalled()
  })

  it('on Windows, jump-list tasks that relaunch this program with a fixed --action switch', () => {
    installDockActions('win32', desktopWords.en, vi.fn())
    const tasks = fake.module.app.setUserTasks.mock.lastCall?.[0] as unknown as { program: string; arguments: string; title: string }[]
    expect(tasks.map(({ arguments: args, title, program }) => ({ args, title, program }))).toEqual([
      { args: '--action=today', title: 'Today', program: process.execPath },
      { args: '--action=add-person', title: 'Add a person', program: process.execPath },
      { args: '--action=plan-meeting', title: 'Plan a one-on-one', program: process.execPath }
    ])
    expect(fake.module.app.dock.setMenu).not.toHaveBeenCalled()
  })

  it('on Linux, nothing at run time: the .desktop file carries the actions', () => {
    installDockActions('linux', desktopWords.en, vi.fn())
    expect(fake.module.app.dock.setMenu).not.toHaveBeenCalled()
    expect(fake.module.app.setUserTasks).not.toHaveBeenCalled()
  })
})
