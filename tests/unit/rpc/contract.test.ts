import { describe, expect, it } from 'vitest'
import { createClient } from '../../../src/shared/api/client'
import { contract } from '../../../src/shared/api/contract'
import { procedureNames } from '../../../src/shared/api/procedures'
import { handlers } from '../../../src/main/rpc/handlers'

describe('the contract', () => {
  it('lists the same procedures as the zod-free name list, and has a handler for each', async () => {
    expect([...procedureNames].sort()).toEqual(Object.keys(contract).sort())
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(contract).sort())
  })

  it('names procedures area.verb', async () => {
    for (const name of procedureNames) expect(name).toMatch(/^[a-z]+\.[a-z][a-zA-Z]+$/)
  })

  it('builds a typed client whose calls resolve values and reject errors with their code', async () => {
    const calls: [string, unknown][] = []
    const client = createClient(async (procedure, input) => {
      calls.push([procedure, input])
      return procedure === 'people.get'
        ? { ok: false, error: { code: 'NOT_FOUND', message: 'No person with that id' } }
        : { ok: true, value: { items: [], total: 0 } }
    })
    await expect(client.people.list()).resolves.toEqual({ items: [], total: 0 })
    await expect(client.people.get({ id: 'x' })).rejects.toMatchObject({ name: 'ClientError', code: 'NOT_FOUND' })
    expect(calls).toEqual([
      ['people.list', {}],
      ['people.get', { id: 'x' }]
    ])
  })
})
