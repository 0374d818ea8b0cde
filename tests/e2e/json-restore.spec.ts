import { readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expectAccessible } from './pages/a11y'
import { SettingsPages } from './pages/settings'
import { expect, openApp, test, type AppServer } from './support/app'

interface Job {
  id: string
  status: string
  result: Record<string, unknown> | null
}

/** A JSON backup of what the app holds now, through the API; answers its file. */
async function backUp(app: AppServer): Promise<string> {
  const started = await app.call<Job>('backups.exportJson', {})
  let file = ''
  await expect
    .poll(async () => {
      const job = (await app.call<Job[]>('jobs.list')).find((one) => one.id === started.id)
      file = String(job?.result?.file ?? '')
      return job?.status
    })
    .toBe('done')
  return file
}

const words = {
  en: { counts: ['1 person', '1 one-on-one', '0 follow-ups'], kept: 'Your previous data is kept at', replace: 'Your current data is kept beside it' },
  ja: { counts: ['1 人', '1on1 1 件', 'フォローアップ 0 件'], kept: '以前のデータは', replace: 'いまのデータはファイルとして横に残り' }
}

for (const language of ['en', 'ja'] as const) {
  test(`restore a JSON backup from Settings: what it holds, then the restore as a job (${language})`, async ({ page, app }) => {
    const w = words[language]
    const person = await app.call<{ id: string }>('people.create', { familyName: '佐藤', givenName: '美咲', nameOrder: 'family_first' })
    await app.call('meetings.create', { personId: person.id, purpose: '近況' })
    // The backup carries the settings too: taken once this user is past the welcome screen.
    await app.call('settings.update', { onboarded: true, language, theme: language === 'ja' ? 'dark' : 'light' })
    const file = await backUp(app)
    await app.call('people.quickAdd', { name: 'Added Later' })

    await openApp(page, app, language, language === 'ja' ? 'dark' : 'light')
    const settings = new SettingsPages(page)
    await settings.open()
    await settings.pickJsonBackup(file)
    const confirm = settings.jsonRestoreConfirm()
    await expect(confirm).toBeVisible()
    for (const count of w.counts) await expect(confirm.getByTestId('json-restore-counts')).toContainText(count)
    await expect(confirm).toContainText(w.replace)
    await expectAccessible(page)
    // Looking changed nothing yet.
    expect((await app.call<{ total: number }>('people.list', {})).total).toBe(2)

    const summary = await settings.confirmJsonRestore()
    expect(summary).toContain(w.kept)
    expect(summary).toMatch(/engawa-before-restore-.*\.db/u)
    await page.getByTestId('nav-people').click()
    await expect(page.getByTestId('person-row')).toHaveCount(1)
    await expect(page.getByTestId('person-row')).toContainText('佐藤')
  })
}

test('a refused file says why and changes nothing; "Keep my current data" drops the upload', async ({ page, app }) => {
  await app.call('people.quickAdd', { name: 'Only Me' })
  const good = await backUp(app)
  const foreign = join(app.dataDir, 'other.json')
  writeFileSync(foreign, JSON.stringify({ format: 'someone-else', tables: {} }))
  const newer = join(app.dataDir, 'newer.json')
  writeFileSync(newer, JSON.stringify({ format: 'engawa-backup', version: 1, schemaVersion: 999, createdAt: '2030-01-01T00:00:00Z', tables: {} }))
  const truncated = join(app.dataDir, 'cut.json')
  writeFileSync(truncated, '{"format":"engawa-backup","version":1,"tables":{"people":[{"id":')

  await openApp(page, app, 'en')
  const settings = new SettingsPages(page)
  await settings.open()
  const status = settings.jsonRestore().getByTestId('inline-status')
  const cases: [string, string][] = [
    [foreign, 'not an Engawa JSON backup'],
    [newer, 'newer version of Engawa'],
    [truncated, 'incomplete or damaged']
  ]
  for (const [file, message] of cases) {
    await settings.pickJsonBackup(file)
    await expect(status).toContainText(message)
    await expect(status).toContainText('Nothing was changed')
    await expect(settings.jsonRestoreConfirm()).toHaveCount(0)
  }
  await expectAccessible(page)

  await settings.pickJsonBackup(good)
  await expect(settings.jsonRestoreConfirm()).toBeVisible()
  await page.getByTestId('json-restore-keep').click()
  await expect(settings.jsonRestoreConfirm()).toHaveCount(0)
  const people = await app.call<{ items: { givenName: string }[] }>('people.list', {})
  expect(people.items.map((p) => p.givenName)).toEqual(['Only'])
  await expect.poll(() => readdirSync(join(app.dataDir, 'uploads'))).toEqual([])
})
