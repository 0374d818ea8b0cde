import { execFileSync } from 'node:child_process'
import { expect, openApp, test } from './support/app'
import { PeoplePages } from './pages/people'

test('first run: pick Japanese, explore with sample data', async ({ page, app }) => {
  await page.goto(app.url)
  await expect(page.getByTestId('welcome')).toBeVisible()
  await new PeoplePages(page).expectAccessible()
  await page.getByTestId('setting-language').selectOption('ja')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Engawa へようこそ')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
  await page.getByTestId('welcome-sample').click()
  await expect(page.getByTestId('today-screen')).toBeVisible()
  await page.getByTestId('nav-people').click()
  await expect(page.getByTestId('people-count')).toHaveText('6 人')
  await expect(page.getByTestId('person-row').filter({ hasText: '佐藤 美咲' })).toContainText('さとう みさき')
  // The choice is stored in the database, not in the browser.
  expect(await app.call('settings.get')).toMatchObject({ language: 'ja', onboarded: true })
})

test('first run: start empty, then the theme follows the choice', async ({ page, app }) => {
  await page.goto(app.url)
  await page.getByTestId('setting-theme').selectOption('dark')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await page.getByTestId('welcome-empty').click()
  await expect(page.getByTestId('today-screen').getByTestId('empty-state')).toBeVisible()
  await page.getByTestId('nav-settings').click()
  await expect(page.getByTestId('data-file')).toContainText(app.dataDir)
})

test('10,000 people: the list stays virtualised and reaches the end', async ({ page, app }) => {
  execFileSync(process.execPath, ['out/main/seed.js', '--data-dir', app.dataDir, '--people', '10000', '--notes', '0'])
  await openApp(page, app, 'en', 'light', '/people')
  await expect(page.getByTestId('people-count')).toHaveText('10,000 people')
  const rendered = await page.getByTestId('person-row').count()
  expect(rendered).toBeGreaterThan(5)
  expect(rendered).toBeLessThan(60)
  const list = page.getByTestId('people-list')
  await list.evaluate((element) => element.scrollTo(0, element.scrollHeight))
  // The last page loads as the end comes into view; the final row is a real person, not a placeholder.
  await expect(page.locator('li[data-index="9999"] [data-testid="person-row"]')).toBeVisible()
  expect(await page.getByTestId('person-row').count()).toBeLessThan(60)
})
