import { Notification } from 'electron'

/** One silent notification; a click brings the window to the thank-yous. */
export function showReminder(title: string, body: string, onClick: () => void): boolean {
  if (!Notification.isSupported()) return false
  const notification = new Notification({ title, body, silent: true })
  notification.on('click', onClick)
  notification.show()
  return true
}
