import { spawn } from 'node:child_process'
import { buildToolsIfNeeded } from './build-if-needed.mjs'

// npm run backup -- --data-dir DIR --out FILE.json
buildToolsIfNeeded()
const tool = spawn(process.execPath, ['out-cli/backup.js', ...process.argv.slice(2)], { stdio: 'inherit' })
tool.on('exit', (code) => process.exit(code ?? 1))
