import { spawn } from 'node:child_process'
import { buildToolsIfNeeded } from './build-if-needed.mjs'

// npm run import -- --data-dir DIR FILE [--dry-run]
buildToolsIfNeeded()
const child = spawn(process.execPath, ['out-cli/import.js', ...process.argv.slice(2)], { stdio: 'inherit' })
child.on('exit', (code) => process.exit(code ?? 1))
