import { describe, expect, it } from 'vitest'
import { dockActionRoutes, dockActions, isDockAction, parseDockAction } from '../../../src/shared/domain/dock-actions'

describe('dock actions', () => {
  it('reads the one --action switch on a command line, wherever it stands', () => {
    expect(parseDockAction(['/opt/Engawa/engawa', '--action=today'])).toBe('today')
    expect(parseDockAction(['Engawa.exe', '--allow-file-access', '--action=add-person', '--flag'])).toBe('add-person')
    expect(parseDockAction(['engawa', '--action=plan-meeting', '%U'])).toBe('plan-meeting')
    expect(parseDockAction(['engawa'])).toBeNull()
  })

  it('ignores anything that is not exactly one known action', () => {
    for (const argv of [
      ['engawa', '--action=Today'],
      ['engawa', '--action=today '],
      ['engawa', '--action='],
      ['engawa', '--action=/settings'],
      ['engawa', '--action', 'today'],
      ['engawa', '--action=today', '--action=add-person'],
      ['engawa', '--action=__proto__'],
      ['engawa', '--action=toString']
    ]) {
      expect(parseDockAction(argv)).toBeNull()
    }
    expect(isDockAction(undefined)).toBe(false)
    expect(isDockAction({ action: 'today' })).toBe(false)
  })

  it('opens Today, the new-person form and the person picker for a plan', () => {
    expect(dockActions.map((action) => dockActionRoutes[action])).toEqual(['/today', '/people/new', '/meetings/new'])
  })
})
