import { spawn } from 'node:child_process'
import { buildToolsIfNeeded } from './build-if-needed.mjs'

// npm run bench [-- --people 10000 --notes 100000 --rounds 500]
buildToolsIfNeeded()
const bench = spawn(process.execPath, ['out-cli/bench.js', ...process.argv.slice(2)], { stdio: 'inherit' })
bench.on('exit', (code) => process.exit(code ?? 0))
