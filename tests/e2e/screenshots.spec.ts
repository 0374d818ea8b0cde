import { expect, openApp, test, type AppServer } from './support/app'
import { PeoplePages } from './pages/people'

// The pictures in README.md and docs/ come from here, so they always show the app as it is.
const shot = (name: string) => ({ path: `docs/screenshots/${name}.png` })

/** The sample circle in one language: the app's own story of a held and a planned one-on-one. */
async function loadSample(app: AppServer, language: 'ja' | 'en') {
  await app.call('sample.remove')
  await app.call('sample.load', { language })
  const today = await app.call<{ thankYous: { id: string }[]; meetings: { id: string }[] }>('today.get')
  return { thankYouId: today.thankYous[0]!.id, plannedId: today.meetings[0]!.id }
}

// A tour as well as a camera: each picture is taken only once the screen shows what it is meant to.
test('screenshots for the README and docs', async ({ page, app }) => {
  await page.goto(app.url)
  await page.getByTestId('setting-language').selectOption('ja')
  await expect(page.getByTestId('welcome')).toContainText('Engawa へようこそ')
  await expect(page.getByTestId('welcome-sample')).toBeVisible()
  await page.screenshot(shot('welcome-ja-light'))

  const english = await loadSample(app, 'en')
  await openApp(page, app, 'en', 'light', '/people')
  await expect(page.getByTestId('person-row')).toHaveCount(5)
  await expect(page.getByTestId('person-row').filter({ hasText: 'Priya Raman' })).toBeVisible()
  await page.screenshot(shot('people-en-light'))

  await openApp(page, app, 'en')
  await expect(page.getByTestId('today-thank-yous').getByTestId('followup-item')).toContainText('Priya Raman')
  await expect(page.getByTestId('today-meetings')).toContainText('Tom Becker')
  await page.screenshot(shot('today-en-light'))
  await page.getByTestId('today-thank-yous').getByTestId('followup-item').click()
  await expect(page).toHaveURL(new RegExp(`/followups/${english.thankYouId}$`))
  await expect(page.getByTestId('followup-draft')).toHaveValue(/buddy system/)
  await page.screenshot(shot('thank-you-en-light'))

  await openApp(page, app, 'en', 'dark', '/people')
  await page.getByTestId('person-row').filter({ hasText: 'Priya Raman' }).click()
  await page.getByTestId('edit-person').click()
  await expect(page.getByTestId('person-form')).toBeVisible()
  await expect(page.getByTestId('field-givenName')).toHaveValue('Priya')
  await page.screenshot(shot('person-form-en-dark'))

  const japanese = await loadSample(app, 'ja')
  await openApp(page, app, 'ja', 'dark')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect(page.getByTestId('today-thank-yous').getByTestId('followup-item')).toHaveCount(1)
  await expect(page.getByTestId('today-meetings').getByTestId('today-prep')).toHaveText('準備できた')
  await page.screenshot(shot('today-ja-dark'))
  // The dark palette must keep readable contrast too.
  await new PeoplePages(page).expectAccessible()
  // The same tab keeps its token: only the route changes.
  await page.goto(`${app.origin}/#/meetings/${japanese.plannedId}/plan`)
  await expect(page.getByTestId('plan-screen')).toBeVisible()
  await page.getByTestId('plan-step-questions').click()
  await expect(page.getByTestId('plan-question').first()).not.toHaveValue('')
  await page.screenshot(shot('plan-questions-ja-dark'))
  await new PeoplePages(page).expectAccessible()

  await openApp(page, app, 'ja', 'light', '/people')
  await page.getByTestId('person-row').first().click()
  await expect(page.getByTestId('person-name')).toBeVisible()
  await expect(page.getByTestId('timeline-entry').first()).toBeVisible()
  await page.screenshot(shot('person-ja-light'))

  await openApp(page, app, 'ja', 'dark', '/people')
  await expect(page.getByTestId('people-count')).toHaveText('5 人')
  await page.screenshot(shot('people-ja-dark'))

  // The sample meetup: its prep sheet in Japanese, and the goals step with a count-only goal hinted.
  await openApp(page, app, 'ja', 'light', '/events')
  await page.getByTestId('event-row').first().click()
  await page.getByTestId('event-sheet').click()
  await expect(page.getByTestId('sheet-openers').locator('li')).toHaveCount(2)
  await page.screenshot(shot('prep-sheet-ja-light'))
  await page.goBack()
  await page.getByTestId('event-prepare').click()
  await page.getByTestId('prep-step-goals').click()
  await page.getByTestId('goal-add').click()
  await page.getByTestId('goal-input').nth(1).fill('名刺を20枚集める')
  await expect(page.getByTestId('goal-hint')).toHaveCount(1)
  await page.screenshot(shot('event-goals-ja-light'))
})
