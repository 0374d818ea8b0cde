import { describe, expect, it } from 'vitest'
import { resourceFit, shareDraft } from '../../../src/shared/domain/resources'

const nobody = { interests: [], expertise: [], challenges: [] }

describe('resourceFit', () => {
  it('matches Japanese by shared runs across kana and widths, English by words, challenges first', () => {
    const resource = { title: 'Kubernetes入門', tags: ['オンコール', 'ｋ８ｓ'] }
    expect(resourceFit(resource, { ...nobody, challenges: ['おんこーるの負荷'] })).toEqual(['おんこーるの負荷'])
    expect(resourceFit(resource, { ...nobody, interests: ['k8s operators'], challenges: ['採用'] })).toEqual(['k8s operators'])
    expect(resourceFit(resource, { ...nobody, expertise: ['kubernetes'] })).toEqual(['kubernetes'])
    expect(resourceFit(resource, { ...nobody, interests: ['登山', 'the'] })).toEqual([])
  })

  it('counts the titles of its topics as its own words', () => {
    const resource = { title: 'A field guide', tags: [], topics: ['インシデント対応', 'Postmortems'] }
    expect(resourceFit(resource, { ...nobody, challenges: ['いんしでんと対応の仕組み'] })).toEqual(['いんしでんと対応の仕組み'])
    expect(resourceFit(resource, { ...nobody, challenges: ['インシデント対応'], interests: ['blameless postmortems'] })).toEqual(['インシデント対応', 'blameless postmortems'])
    expect(resourceFit({ ...resource, topics: [] }, { ...nobody, interests: ['blameless postmortems'] })).toEqual([])
  })

  it('ignores a single shared kana or a little English word', () => {
    expect(resourceFit({ title: 'How to use it', tags: ['の'] }, { ...nobody, interests: ['how to cook', '山の上'] })).toEqual([])
  })
})

describe('shareDraft', () => {
  it('says why it fits them, with the link, in their language', () => {
    const person = { familyName: 'Raman', givenName: 'Priya', nameOrder: 'auto' as const }
    const draft = shareDraft(person, 'en', { title: 'SLO guide', url: 'https://example.com/slo', why: 'Short and practical.' }, 'SRE practices')
    expect(draft).toBe('Hi Priya,\n\nYou mentioned SRE practices, and this made me think of you.\n\nSLO guide\nhttps://example.com/slo\n\nShort and practical.\n\nNo need to reply; I hope it’s useful.\n\nBest,')
  })
})
