import { describe, expect, it } from 'vitest'
import type { Procedure } from '../../../src/shared/api/contract'
import { createCallGate } from '../../../src/renderer/src/api/call-gate'

/** A transport that records what reached it and answers each call with its own name. */
function recordingInvoke() {
  const sent: string[] = []
  const invoke = (procedure: Procedure, input: unknown) => {
    sent.push(`${procedure} ${JSON.stringify(input)}`)
    return Promise.resolve({ ok: true as const, value: procedure })
  }
  return { sent, invoke }
}

describe('the first-frame call gate', () => {
  it('lets calls straight through while open, as it starts', async () => {
    const { sent, invoke } = recordingInvoke()
    const gate = createCallGate(invoke)
    await expect(gate.invoke('today.get', {})).resolves.toEqual({ ok: true, value: 'today.get' })
    expect(sent).toEqual(['today.get {}'])
  })

  it('holds calls while closed and sends them in order when it opens, each answered', async () => {
    const { sent, invoke } = recordingInvoke()
    const gate = createCallGate(invoke)
    gate.close()
    const answers = [gate.invoke('settings.get', {}), gate.invoke('app.health', { deep: false })]
    await Promise.resolve()
    expect(sent).toEqual([])
    gate.open()
    expect(sent).toEqual(['settings.get {}', 'app.health {"deep":false}'])
    await expect(Promise.all(answers)).resolves.toEqual([
      { ok: true, value: 'settings.get' },
      { ok: true, value: 'app.health' }
    ])
  })

  it('holds an answer that comes back while it is closed, and hands it over when it opens', async () => {
    let answer!: (value: { ok: true; value: string }) => void
    const gate = createCallGate(() => new Promise((resolve) => (answer = resolve)))
    let handed: unknown = null
    const call = gate.invoke('today.get', {}).then((result) => (handed = result))
    gate.close()
    answer({ ok: true, value: 'today' })
    await new Promise((resolve) => setTimeout(resolve))
    expect(handed).toBeNull()
    gate.open()
    await call
    expect(handed).toEqual({ ok: true, value: 'today' })
  })

  it('sends a held call once, however often it is opened or closed again', () => {
    const { sent, invoke } = recordingInvoke()
    const gate = createCallGate(invoke)
    gate.close()
    void gate.invoke('settings.get', {})
    gate.close()
    gate.open()
    gate.open()
    void gate.invoke('today.get', {})
    expect(sent).toEqual(['settings.get {}', 'today.get {}'])
  })
})
