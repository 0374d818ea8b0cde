import { parseArgs } from 'node:util'
import { startCore } from '../core'
import { seedDatabase } from './seed-data'

// npm run seed -- --data-dir DIR --people 10000 --notes 100000
const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string', default: process.env.ENGAWA_DATA_DIR },
    people: { type: 'string', default: '10000' },
    notes: { type: 'string', default: '100000' }
  }
})
const dataDir = values['data-dir']
const people = Number(values.people)
const notes = Number(values.notes)
if (!dataDir || !Number.isInteger(people) || people < 0 || !Number.isInteger(notes) || notes < 0) {
  console.error('Usage: npm run seed -- --data-dir DIR --people N --notes N')
  process.exit(2)
}
const core = startCore({ dataDir })
const started = performance.now()
const written = seedDatabase(core.ctx, { people, notes })
core.close()
console.log(JSON.stringify({ dataDir, ...written, seconds: Number(((performance.now() - started) / 1000).toFixed(1)) }))
