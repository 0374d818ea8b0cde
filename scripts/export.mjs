import { spawn } from 'node:child_process'
import { buildToolsIfNeeded } from './build-if-needed.mjs'

// npm run export -- --data-dir DIR --out FOLDER
buildToolsIfNeeded()
const child = spawn(process.execPath, ['out-cli/export.js', ...process.argv.slice(2)], { stdio: 'inherit' })
child.on('exit', (code) => process.exit(code ?? 1))
