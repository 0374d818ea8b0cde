import Database from 'better-sqlite3'
import { closeSync, openSync, statSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { PeoplePages } from './pages/people'
import { expect, openApp, startServer, test } from './support/app'

/**
 * Overwrites the page in use nearest the middle of the closed file, as a failing disk would (a page
 * on the freelist, which migrations that rebuild tables leave, would be garbage nothing reads).
 */
function damage(file: string) {
  const pageSize = 4096
  const pages = statSync(file).size / pageSize
  const reader = new Database(file, { readonly: true })
  const used = reader.prepare('SELECT pageno FROM dbstat ORDER BY abs(pageno - ?) LIMIT 1').pluck().get(Math.floor(pages / 2) + 1) as number
  reader.close()
  const handle = openSync(file, 'r+')
  writeSync(handle, Buffer.alloc(pageSize, 0xab), 0, pageSize, (used - 1) * pageSize)
  closeSync(handle)
}

test('a damaged data file: the app starts, says so plainly, offers the newest backup, and restoring it brings everything back', async ({ page }) => {
  const first = await startServer()
  await first.app.call('settings.update', { onboarded: true, language: 'en' })
  for (let i = 0; i < 300; i++) {
    await first.app.call('people.create', { givenName: `Person${i}`, familyName: 'Example', notes: `notes ${i} `.repeat(40) })
  }
  const job = await first.app.call<{ id: string }>('backups.create')
  await expect.poll(async () => (await first.app.call<{ id: string; status: string }[]>('jobs.list')).find((j) => j.id === job.id)?.status).toBe('done')
  await first.stop({ keepData: true })
  damage(join(first.app.dataDir, 'engawa.db'))

  const second = await startServer(first.app.dataDir)
  try {
    await openApp(page, second.app, 'en')
    const notice = page.getByTestId('health-notice')
    await expect(notice).toContainText('Part of your data file is damaged')
    await expect(notice).toContainText('Newest backup')
    await new PeoplePages(page).expectAccessible()
    await notice.getByTestId('health-restore').click()
    await expect(notice).toHaveCount(0)
    await expect(page.getByRole('status').filter({ hasText: 'engawa-damaged-' })).toBeVisible()
    await page.getByTestId('nav-people').click()
    await expect(page.getByTestId('people-count')).toHaveText('300 people')
  } finally {
    await second.stop()
  }
})
