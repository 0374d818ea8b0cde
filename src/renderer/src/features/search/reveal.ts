/**
 * After opening a screen, waits for one element of it (the screen loads its data first), then
 * scrolls it into view and acts on it. Gives up quietly after a few seconds.
 */
export function whenShown(selector: string, act: (element: HTMLElement) => void, timeoutMs = 4000): void {
  const found = () => document.querySelector<HTMLElement>(selector)
  const now = found()
  if (now) return act(now)
  const observer = new MutationObserver(() => {
    const element = found()
    if (!element) return
    observer.disconnect()
    clearTimeout(timer)
    act(element)
  })
  const timer = setTimeout(() => observer.disconnect(), timeoutMs)
  observer.observe(document.body, { childList: true, subtree: true })
}

/** Scrolls to an element and puts the focus on it: a field to type in, or the item itself. */
export function revealAndFocus(element: HTMLElement): void {
  element.scrollIntoView({ block: 'center' })
  if (!element.matches('input, textarea, select, button, a[href]')) element.tabIndex = -1
  element.focus({ preventScroll: true })
}

/** As `revealAndFocus`, and marks it (`data-found`, styled by the item) so the eye finds it in a list. */
export function revealAndMark(element: HTMLElement): void {
  for (const marked of document.querySelectorAll<HTMLElement>('[data-found]')) delete marked.dataset.found
  element.dataset.found = ''
  revealAndFocus(element)
}
