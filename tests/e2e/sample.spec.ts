import { expect, openApp, test } from './support/app'
import { PeoplePages } from './pages/people'

test('remove sample data from Settings: the sample goes, what the user added stays', async ({ page, app }) => {
  await app.call('sample.load', { language: 'en' })
  await app.call('people.create', { givenName: 'Alex', familyName: 'Kim' })
  await openApp(page, app, 'en', 'light', '/settings')
  const line = page.getByTestId('sample-data')
  await expect(line).toContainText('Sample data')
  await expect(line).toContainText('5 sample people')
  await line.getByTestId('sample-remove').click()
  await expect(line).toContainText('Removes the sample people and what came with them; anything you added stays.')
  await new PeoplePages(page).expectAccessible()
  await line.getByTestId('sample-remove-confirm').click()
  // The push refresh takes the line away; nothing to dismiss.
  await expect(line).toBeHidden()
  await page.getByTestId('nav-people').click()
  await expect(page.getByTestId('people-count')).toHaveText('1 person')
  await expect(page.getByTestId('person-row')).toContainText('Alex Kim')
  await page.getByTestId('nav-today').click()
  await expect(page.getByTestId('today-screen').getByTestId('empty-state')).toBeVisible()
})

test('the sample line in Japanese, and none without sample data', async ({ page, app }) => {
  await openApp(page, app, 'ja', 'light', '/settings')
  await expect(page.getByTestId('data-file')).toBeVisible()
  await expect(page.getByTestId('sample-data')).toHaveCount(0)
  await app.call('sample.load', { language: 'ja' })
  await page.reload()
  await expect(page.getByTestId('app-ready')).toBeAttached()
  await page.getByTestId('nav-settings').click()
  const line = page.getByTestId('sample-data')
  await expect(line).toContainText('サンプルデータ')
  await line.getByTestId('sample-remove').click()
  await expect(line).toContainText('サンプルの人と、一緒に入ったものを削除します。ご自身で追加したものは残ります。')
})
