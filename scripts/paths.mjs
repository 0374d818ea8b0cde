import { homedir } from 'node:os'
import { join } from 'node:path'

/** Where Electron keeps userData for productName "Engawa": browser mode uses the same folder. */
export function defaultDataDir() {
  if (process.env.ENGAWA_DATA_DIR) return process.env.ENGAWA_DATA_DIR
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Engawa')
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Engawa')
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Engawa')
}
