/** What the dock menu, the Windows jump list and the Linux .desktop actions can ask for. */
export const dockActions = ['today', 'add-person', 'plan-meeting'] as const
export type DockAction = (typeof dockActions)[number]

/** The switch a launcher passes: `engawa --action=today`. */
export const actionSwitch = '--action='

/** The screen each action opens, as a route of the window's hash router. */
export const dockActionRoutes: Record<DockAction, string> = {
  today: '/today',
  'add-person': '/people/new',
  'plan-meeting': '/meetings/new'
}

export function isDockAction(value: unknown): value is DockAction {
  return typeof value === 'string' && (dockActions as readonly string[]).includes(value)
}

/**
 * The one action named on a command line, or null. Anything else (an unknown action, two of them,
 * a value with extra text) is ignored: a launcher's argument never reaches the window as a string.
 */
export function parseDockAction(argv: readonly string[]): DockAction | null {
  const values = argv.filter((arg) => arg.startsWith(actionSwitch)).map((arg) => arg.slice(actionSwitch.length))
  const [value] = values
  return values.length === 1 && isDockAction(value) ? value : null
}
