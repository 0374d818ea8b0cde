import { spawn } from 'node:child_process'
import { buildToolsIfNeeded } from './build-if-needed.mjs'

// npm run seed -- --data-dir DIR --people 10000 --notes 100000
buildToolsIfNeeded()
const seed = spawn(process.execPath, ['out-cli/seed.js', ...process.argv.slice(2)], { stdio: 'inherit' })
seed.on('exit', (code) => process.exit(code ?? 0))
