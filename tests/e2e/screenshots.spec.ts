import { expect, openApp, test } from './support/app'

// The pictures in README.md and docs/ come from here, so they always show the app as it is.
const shot = (name: string) => ({ path: `docs/screenshots/${name}.png` })

test('screenshots for the README and docs', async ({ page, app }) => {
  await page.goto(app.url)
  await page.getByTestId('setting-language').selectOption('ja')
  await expect(page.getByTestId('welcome')).toContainText('Engawa へようこそ')
  await page.screenshot(shot('welcome-ja-light'))
  await app.call('sample.load')

  await openApp(page, app, 'en')
  await expect(page.getByTestId('person-row')).toHaveCount(6)
  await page.screenshot(shot('people-en-light'))

  await openApp(page, app, 'ja')
  await page.getByTestId('person-row').filter({ hasText: '佐藤 美咲' }).click()
  await expect(page.getByTestId('timeline-entry')).toHaveCount(1)
  await page.screenshot(shot('person-ja-light'))

  await openApp(page, app, 'ja', 'dark')
  await expect(page.getByTestId('person-row')).toHaveCount(6)
  await page.screenshot(shot('people-ja-dark'))

  await openApp(page, app, 'en', 'dark')
  await page.getByTestId('person-row').filter({ hasText: 'Priya Raman' }).click()
  await page.getByTestId('edit-person').click()
  await expect(page.getByTestId('person-form')).toBeVisible()
  await page.screenshot(shot('person-form-en-dark'))
})
