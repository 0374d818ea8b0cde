import { execFileSync } from 'node:child_process'
import { expect, openApp, test } from './support/app'
import { PeoplePages } from './pages/people'

test('first run: pick Japanese, explore with sample data, and see the whole loop on Today', async ({ page, app }) => {
  await page.goto(app.url)
  await expect(page.getByTestId('welcome')).toBeVisible()
  await new PeoplePages(page).expectAccessible()
  await page.getByTestId('setting-language').selectOption('ja')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Engawa へようこそ')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
  await page.getByTestId('welcome-sample').click()
  await expect(page.getByTestId('today-screen')).toBeVisible()
  // A one-on-one held earlier today: its thank-you waits, quoting what they said.
  const thankYou = page.getByTestId('today-thank-yous').getByTestId('followup-item')
  await expect(thankYou).toHaveCount(1)
  await expect(thankYou).toContainText('佐藤 美咲さんにお礼')
  await expect(thankYou).toContainText('本日はお時間をいただき')
  // One later this week, planned and ready.
  const planned = page.getByTestId('today-meeting')
  await expect(planned).toHaveCount(1)
  await expect(planned).toContainText('高橋 健')
  await expect(planned).toContainText('エンジニアと仕様をすり合わせる進め方')
  await expect(planned.getByTestId('today-prep')).toHaveText('準備できた')
  await thankYou.click()
  await expect(page.getByTestId('followup-draft')).toHaveValue(/「障害から学べるチームづくり」/)
  await page.getByTestId('nav-people').click()
  await expect(page.getByTestId('people-count')).toHaveText('5 人')
  await expect(page.getByTestId('person-row').filter({ hasText: '佐藤 美咲' })).toContainText('さとう みさき')
  // The choice is stored in the database, not in the browser.
  expect(await app.call('settings.get')).toMatchObject({ language: 'ja', onboarded: true })
})

test('first run in English: the English sample, with its thank-you and planned one-on-one', async ({ page, app }) => {
  await page.goto(app.url)
  await page.getByTestId('setting-language').selectOption('en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Engawa')
  await page.getByTestId('welcome-sample').click()
  await expect(page.getByTestId('today-thank-yous').getByTestId('followup-item')).toContainText('Thank Priya Raman')
  await expect(page.getByTestId('today-meeting')).toContainText('Tom Becker')
  await expect(page.getByTestId('today-meeting').getByTestId('today-prep')).toHaveText('Ready')
  await new PeoplePages(page).expectAccessible()
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
  execFileSync(process.execPath, ['out-cli/seed.js', '--data-dir', app.dataDir, '--people', '10000', '--notes', '0'])
  await openApp(page, app, 'en', 'light', '/people')
  await expect(page.getByTestId('people-count')).toHaveText('10,000 people')
  // The count can show before the first page's rows are painted: wait for a row, then count them.
  await expect(page.getByTestId('person-row').first()).toBeVisible()
  const rendered = await page.getByTestId('person-row').count()
  expect(rendered).toBeGreaterThan(5)
  expect(rendered).toBeLessThan(60)
  const list = page.getByTestId('people-list')
  // Typed by hand: the tests are compiled without the DOM's types.
  await list.evaluate((element) => {
    const list = element as unknown as { scrollTo(x: number, y: number): void; scrollHeight: number }
    list.scrollTo(0, list.scrollHeight)
  })
  // The pages load one after another (keyset: each starts after the last row of the one before) as
  // the end comes into view; the final row is a real person, not a placeholder. Fifty pages on a
  // busy machine take more than the default few seconds.
  await expect(page.locator('li[data-index="9999"] [data-testid="person-row"]')).toBeVisible({ timeout: 30_000 })
  expect(await page.getByTestId('person-row').count()).toBeLessThan(60)
})
