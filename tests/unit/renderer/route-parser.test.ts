import { parse } from 'regexparam'
import { describe, expect, it } from 'vitest'
import { routeParser } from '../../../src/renderer/src/app/route-parser'

describe('the remembered route parser', () => {
  it('parses each pattern once and answers as wouter’s own parser would', () => {
    const first = routeParser('/people/:id/edit')
    expect(routeParser('/people/:id/edit')).toBe(first)
    expect(first).toEqual(parse('/people/:id/edit'))
    expect(first.pattern.exec('/people/p1/edit')?.[1]).toBe('p1')
    expect(first.pattern.exec('/people/p1')).toBeNull()
  })

  it('keeps loose (nested) and exact patterns apart', () => {
    const exact = routeParser('/events')
    const loose = routeParser('/events', true)
    expect(loose).not.toBe(exact)
    expect(exact.pattern.exec('/events/e1')).toBeNull()
    expect(loose.pattern.exec('/events/e1')).not.toBeNull()
  })
})
