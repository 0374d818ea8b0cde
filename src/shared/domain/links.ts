import { linkKinds, type LinkKind } from './people'

/** Links leave the app only to the browser or the mail client, and only well-formed ones. */
export function isAllowedExternalUrl(raw: string): boolean {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  if (url.protocol === 'mailto:') return url.pathname.includes('@')
  return url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === ''
}

/** A mailto: link with subject and body, or null when the address is not a plain email. */
export function mailtoUrl(email: string, subject: string, body: string): string | null {
  if (!/^[^\s@/?#]+@[^\s@/?#]+\.[^\s@/?#]+$/.test(email)) return null
  const query = `subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`
  return `mailto:${email}?${query}`
}

/** The person's web profile to reply on, preferring LinkedIn (the kinds' order); only safe links. */
export function replyProfileLink(links: Partial<Record<LinkKind, string>>): string | null {
  return linkKinds.map((kind) => links[kind]).find((url): url is string => !!url && isAllowedExternalUrl(url)) ?? null
}

/** A link inside the user's Markdown: web and mail links survive, anything else becomes no link. */
export const markdownLinkUrl = (url: string): string => (/^(https?:|mailto:)/i.test(url.trim()) ? url : '')
