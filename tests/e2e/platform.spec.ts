import { expect, openApp, test } from './support/app'

test.describe('with a Japanese system', () => {
  test.use({ locale: 'ja-JP' })
  test('the app speaks Japanese until the user picks otherwise', async ({ page, app }) => {
    await page.goto(app.url)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Engawa へようこそ')
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
    await page.getByTestId('setting-language').selectOption('en')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Engawa')
  })
})

test.describe('with an English system', () => {
  test.use({ locale: 'en-US' })
  test('the app speaks English', async ({ page, app }) => {
    await page.goto(app.url)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Engawa')
    expect(await app.call('settings.get')).toMatchObject({ language: 'system' })
  })
})

test('changes made outside the window arrive as push events and show without a reload', async ({ page, app }) => {
  await openApp(page, app, 'en')
  await expect(page.getByTestId('today-screen').getByTestId('empty-state')).toBeVisible()
  // As the tray or another window would: end a meeting through the API, not this page.
  const person = await app.call<{ id: string }>('people.quickAdd', { name: 'Ann Lee' })
  const meeting = await app.call<{ id: string }>('meetings.create', { personId: person.id })
  await app.call('meetings.end', { id: meeting.id })
  await expect(page.getByTestId('today-thank-yous').getByTestId('followup-item')).toContainText('Thank Ann Lee')
})

test('a tab opened without the address that carries the token says how to get in, and shows nothing else', async ({ page, app }) => {
  await app.call('settings.update', { onboarded: true, language: 'en' })
  await page.goto(app.origin)
  await expect(page.getByRole('alert')).toHaveText('Engawa could not confirm this window. Reopen it from the address printed at start.')
  await expect(page.getByTestId('app-ready')).toHaveCount(0)
})

test('the first screen is drawn from the settings the page brought, before any call is answered', async ({ page, app }) => {
  await app.call('settings.update', { onboarded: true, language: 'ja', theme: 'dark' })
  // Every call waits until the first screen is there: it must not need one.
  let answerCalls!: () => void
  const held = new Promise<void>((resolve) => (answerCalls = resolve))
  await page.route('**/api/**', async (route) => {
    await held
    await route.continue()
  })
  await page.goto(app.url)
  await expect(page.getByTestId('app-ready')).toBeAttached()
  await expect(page.getByRole('navigation', { name: 'メイン' })).toContainText('今日')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  answerCalls()
  await expect(page.getByTestId('today-screen').getByTestId('empty-state')).toBeVisible()
})

test('a reload straight after opening keeps the window confirmed, and the screen it was on', async ({ page, app }) => {
  await app.call('settings.update', { onboarded: true, language: 'en' })
  await page.goto(app.url)
  await expect(page.getByTestId('app-ready')).toBeAttached()
  // At once, before the page has been idle: the token is kept as the page goes.
  await page.getByTestId('nav-people').click()
  await page.reload()
  await expect(page.getByTestId('app-ready')).toBeAttached()
  await expect(page.getByTestId('nav-people')).toHaveAttribute('aria-current', 'page')
  await expect(page.getByRole('alert')).toHaveCount(0)
})
