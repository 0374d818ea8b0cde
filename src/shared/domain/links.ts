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
