import Database from 'better-sqlite3'
import { closeSync, openSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { PeoplePages } from './pages/people'
import { expect, openApp, startServer, test } from './support/app'

/**
 * Overwrites a page of people in the closed file, as a failing disk would. A page that holds rows,
 * not the file's middle page: that may be a free page, which no check reads.
 */
function damage(file: string) {
  const pageSize = 4096
  const reader = new Database(file, { readonly: true })
  const leaves = reader.prepare("SELECT pageno FROM dbstat WHERE name = 'people' AND pagetype = 'leaf' ORDER BY pageno").pluck().all() as number[]
  reader.close()
  const page = leaves[Math.floor(leaves.length / 2)] ?? 1
  const handle = openSync(file, 'r+')
  writeSync(handle, Buffer.alloc(pageSize, 0xab), 0, pageSize, (page - 1) * pageSize)
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
