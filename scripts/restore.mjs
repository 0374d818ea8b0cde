import { spawn } from 'node:child_process'
import { buildToolsIfNeeded } from './build-if-needed.mjs'

// npm run restore -- --data-dir DIR FILE.json
buildToolsIfNeeded()
const tool = spawn(process.execPath, ['out-cli/restore.js', ...process.argv.slice(2)], { stdio: 'inherit' })
tool.on('exit', (code) => process.exit(code ?? 1))
