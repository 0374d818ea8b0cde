import { spawn } from 'node:child_process'
import { buildIfNeeded } from './build-if-needed.mjs'
import { defaultDataDir } from './paths.mjs'

// npm run web -- [--data-dir DIR] [--port N] [--token T] [--no-open]
buildIfNeeded()
const args = process.argv.slice(2)
if (!args.includes('--data-dir')) args.push('--data-dir', defaultDataDir())
const server = spawn(process.execPath, ['out/main/server.js', ...args], { stdio: 'inherit' })
server.on('exit', (code) => process.exit(code ?? 0))
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
