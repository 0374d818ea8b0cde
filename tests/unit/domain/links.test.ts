import { describe, expect, it } from 'vitest'
import { isAllowedExternalUrl, mailtoUrl, markdownLinkUrl, replyProfileLink } from '../../../src/shared/domain/links'

describe('links that may leave the app', () => {
  it.each([
    ['https://www.linkedin.com/in/ann', true],
    ['mailto:ann@example.com', true],
    ['http://example.com', false],
    ['javascript:alert(1)', false],
    ['https://user:pass@example.com', false],
    ['mailto:nobody', false],
    ['not a url', false],
    ['file:///etc/passwd', false]
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedExternalUrl(url)).toBe(allowed)
  })

  it('offers the profile to reply on, LinkedIn first, skipping unsafe ones', () => {
    expect(replyProfileLink({ github: 'https://github.com/ann', linkedin: 'https://linkedin.com/in/ann' })).toBe('https://linkedin.com/in/ann')
    expect(replyProfileLink({ linkedin: 'javascript:alert(1)', blog: 'https://ann.example.com' })).toBe('https://ann.example.com')
    expect(replyProfileLink({ site: 'http://ann.example.com' })).toBeNull()
    expect(replyProfileLink({})).toBeNull()
  })

  it('keeps only web and mail links in Markdown', () => {
    expect(markdownLinkUrl('https://example.com')).toBe('https://example.com')
    expect(markdownLinkUrl('mailto:a@b.c')).toBe('mailto:a@b.c')
    expect(markdownLinkUrl('javascript:alert(1)')).toBe('')
    expect(markdownLinkUrl(' data:text/html,x')).toBe('')
  })

  it('builds a mailto only for a plain address', () => {
    expect(mailtoUrl('ann@example.com', 'Thanks', 'Hello & bye')).toBe('mailto:ann@example.com?subject=Thanks&body=Hello%20%26%20bye')
    expect(mailtoUrl('ann@example.com?cc=evil@x.y', 's', 'b')).toBeNull()
  })
})
