import { expect, test } from './support/app'

// Every screen but Today loads apart (app/screens.ts). Opened by its address before its code is
// there, a screen must come up, and stay the same component when the whole app renders again
// (here: another window changes the theme), keeping what was typed in it.
test('a screen opened by its address before its code loaded keeps what was typed when the app re-renders', async ({ page, app }) => {
  await app.call('settings.update', { onboarded: true, language: 'en', theme: 'light' })
  // Browser mode's address names the screen before the token; the token leaves, the screen stays.
  await page.goto(app.url.replace('#token=', '#/people/new&token='))
  await expect(page).toHaveURL(/#\/people\/new$/)
  const familyName = page.getByTestId('field-familyName')
  await familyName.fill('Okada')
  await familyName.evaluate((input) => ((input as unknown as { marked: boolean }).marked = true))

  // The push refreshes the settings and the whole app renders again.
  await app.call('settings.update', { theme: 'dark' })
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect(familyName).toHaveValue('Okada')
  // The very same field, not a new one that happens to hold the same text.
  expect(await familyName.evaluate((input) => (input as unknown as { marked?: boolean }).marked)).toBe(true)
})
