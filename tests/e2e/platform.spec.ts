import type { Page } from '@playwright/test'
import { expect, openApp, test } from './support/app'

/** The page's background as painted (this file is type-checked without the DOM library). */
const background = (page: Page) =>
  page.locator('html').evaluate((html) => (globalThis as unknown as { getComputedStyle(element: unknown): { backgroundColor: string } }).getComputedStyle(html).backgroundColor)

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
  // The shell the page was served with is gone too.
  await expect(page.getByRole('navigation')).toHaveCount(0)
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

test.describe('the page arrives with its shell drawn', () => {
  test.describe('before any script has run', () => {
    test.use({ javaScriptEnabled: false, locale: 'ja-JP', colorScheme: 'dark' })
    test('in the system’s language and theme, or in the ones the user chose', async ({ page, app }) => {
      await app.call('settings.update', { onboarded: true, language: 'system', theme: 'system' })
      await page.goto(app.url)
      const nav = page.getByRole('navigation', { name: 'メイン' })
      await expect(nav.getByRole('link', { name: '今日' })).toHaveAttribute('aria-current', 'page')
      await expect(nav.getByRole('link', { name: '人', exact: true })).toBeVisible()
      await expect(page.locator('html')).toHaveAttribute('lang', 'ja')
      // The stylesheet follows the dark system by itself, until a script could set the theme.
      expect(await background(page)).toBe('rgb(29, 27, 24)')

      await app.call('settings.update', { language: 'en', theme: 'light' })
      await app.call('people.create', { givenName: 'Aiko', familyName: 'Tanaka' })
      await page.reload()
      await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' })).toBeVisible()
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light')
      expect(await background(page)).toBe('rgb(247, 243, 234)')
      // Nothing of the user's: the page is served without the token.
      await expect(page.locator('body')).not.toContainText('Aiko')
    })

    test('not before onboarding: the first frame is the welcome, which the app draws', async ({ page, app }) => {
      await page.goto(app.url)
      await expect(page.getByRole('navigation')).toHaveCount(0)
    })
  })

  test.describe('with a Japanese system', () => {
    test.use({ locale: 'ja-JP' })
    test('React takes the served shell over as it is, without an error, and it then works', async ({ page, app }) => {
      const problems: string[] = []
      page.on('pageerror', (error) => problems.push(error.message))
      page.on('console', (message) => void (['error', 'warning'].includes(message.type()) && problems.push(message.text())))
      // The navigation element as served, taken before any script of the page has run.
      await page.addInitScript(() => {
        const scope = globalThis as unknown as { document: { readyState: string; querySelector(s: string): unknown; addEventListener(e: string, f: () => void): void }; servedNav?: unknown }
        scope.document.addEventListener('readystatechange', () => {
          if (scope.document.readyState === 'interactive') scope.servedNav = scope.document.querySelector('nav')
        })
      })
      const adopted = () =>
        page.evaluate(() => {
          const scope = globalThis as unknown as { document: { querySelector(s: string): unknown; querySelectorAll(s: string): { length: number } }; servedNav?: unknown }
          return { same: scope.servedNav !== undefined && scope.servedNav === scope.document.querySelector('nav'), navigations: scope.document.querySelectorAll('nav').length }
        })
      // The language follows the system: the server reads it from the request, the app from the browser.
      await app.call('settings.update', { onboarded: true, language: 'system' })
      await page.goto(app.url)
      await expect(page.getByTestId('app-ready')).toBeAttached()
      expect(await adopted()).toEqual({ same: true, navigations: 1 })
      // The served buttons answer now: the palette opens, and a link marks its screen.
      await page.getByTestId('open-search').click()
      await expect(page.getByRole('dialog')).toBeVisible()
      await page.keyboard.press('Escape')
      const people = page.getByRole('link', { name: '人', exact: true })
      const today = page.getByRole('link', { name: '今日' })
      await people.click()
      await expect(people).toHaveAttribute('aria-current', 'page')
      await expect(today).not.toHaveAttribute('aria-current', 'page')
      // Served again on another screen: drawn with Today marked, adopted, then the screen on show marked.
      await page.reload()
      await expect(page.getByTestId('app-ready')).toBeAttached()
      expect(await adopted()).toEqual({ same: true, navigations: 1 })
      await expect(people).toHaveAttribute('aria-current', 'page')
      await expect(today).not.toHaveAttribute('aria-current', 'page')
      expect(problems).toEqual([])
    })
  })
})
