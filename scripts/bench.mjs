import { spawn } from 'node:child_process'
import { buildIfNeeded } from './build-if-needed.mjs'

// npm run bench [-- --people 10000 --notes 100000 --rounds 500]
buildIfNeeded()
const bench = spawn(process.execPath, ['out/main/bench.js', ...process.argv.slice(2)], { stdio: 'inherit' })
bench.on('exit', (code) => process.exit(code ?? 0))
