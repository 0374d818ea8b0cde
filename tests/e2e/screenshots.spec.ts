import { expect, openApp, test, type AppServer } from './support/app'
import { PeoplePages } from './pages/people'

// The pictures in README.md and docs/ come from here, so they always show the app as it is.
const shot = (name: string) => ({ path: `docs/screenshots/${name}.png` })

/** A held one-on-one with Priya whose thank-you waits, and a planned one with 佐藤さん. */
async function arrangeCircle(app: AppServer) {
  await app.call('sample.load')
  const { items } = await app.call<{ items: { id: string; givenName: string; familyName: string }[] }>('people.list', {})
  const priya = items.find((p) => p.givenName === 'Priya')!
  const misaki = items.find((p) => p.familyName === '佐藤')!
  const held = await app.call<{ id: string }>('meetings.create', { personId: priya.id, purpose: 'how she onboards new graduates' })
  await app.call('meetings.saveNotes', { id: held.id, section: 'caresAbout', text: '- pairing every new hire with a buddy' })
  await app.call('meetings.saveNotes', { id: held.id, section: 'sharedInterests', text: 'writing runbooks people actually read' })
  await app.call('meetings.saveNotes', { id: held.id, section: 'myPromises', text: '- send the onboarding checklist' })
  const ended = await app.call<{ thankYou: { id: string } }>('meetings.end', { id: held.id })
  const planned = await app.call<{ id: string }>('meetings.create', { personId: misaki.id, purpose: 'オンコールを無理なく回す工夫' })
  await app.call('meetings.update', {
    id: planned.id,
    patch: { startsAt: '2026-12-01T06:00:00Z', format: 'coffee', place: '渋谷', planStep: 2, questions: [{ text: '「オンコールの負荷を減らしたい」について、いまはどう取り組んでいますか？', source: 'challenge' }] }
  })
  return { thankYouId: ended.thankYou.id, plannedId: planned.id }
}

// A tour as well as a camera: each picture is taken only once the screen shows what it is meant to.
test('screenshots for the README and docs', async ({ page, app }) => {
  await page.goto(app.url)
  await page.getByTestId('setting-language').selectOption('ja')
  await expect(page.getByTestId('welcome')).toContainText('Engawa へようこそ')
  await expect(page.getByTestId('welcome-sample')).toBeVisible()
  await page.screenshot(shot('welcome-ja-light'))
  const { thankYouId, plannedId } = await arrangeCircle(app)

  await openApp(page, app, 'en', 'light', '/people')
  await expect(page.getByTestId('person-row')).toHaveCount(6)
  await expect(page.getByTestId('person-row').filter({ hasText: 'Priya Raman' })).toBeVisible()
  await page.screenshot(shot('people-en-light'))

  await openApp(page, app, 'en')
  await expect(page.getByTestId('today-thank-yous').getByTestId('followup-item')).toContainText('Priya Raman')
  await expect(page.getByTestId('today-meetings')).toContainText('オンコールを無理なく回す工夫')
  await page.screenshot(shot('today-en-light'))
  await page.getByTestId('today-thank-yous').getByTestId('followup-item').click()
  await expect(page).toHaveURL(new RegExp(`/followups/${thankYouId}$`))
  await expect(page.getByTestId('followup-draft')).toHaveValue(/buddy/)
  await page.screenshot(shot('thank-you-en-light'))

  await openApp(page, app, 'ja', 'dark')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await expect(page.getByTestId('today-meetings')).toContainText('佐藤')
  await page.screenshot(shot('today-ja-dark'))
  // The dark palette must keep readable contrast too.
  await new PeoplePages(page).expectAccessible()
  await page.goto(`${app.origin}/#/meetings/${plannedId}/plan`)
  await expect(page.getByTestId('plan-question').first()).toHaveValue(/オンコールの負荷/)
  await expect(page.getByTestId('plan-suggestion').first()).toBeVisible()
  await page.screenshot(shot('plan-questions-ja-dark'))
  await new PeoplePages(page).expectAccessible()

  await openApp(page, app, 'ja', 'light', '/people')
  await page.getByTestId('person-row').filter({ hasText: '佐藤 美咲' }).click()
  await expect(page.getByTestId('person-name')).toContainText('佐藤 美咲')
  await expect(page.getByTestId('timeline-entry')).toHaveCount(1)
  await page.screenshot(shot('person-ja-light'))

  await openApp(page, app, 'ja', 'dark', '/people')
  await expect(page.getByTestId('people-count')).toHaveText('6 人')
  await expect(page.getByTestId('person-row')).toHaveCount(6)
  await page.screenshot(shot('people-ja-dark'))

  await openApp(page, app, 'en', 'dark', '/people')
  await page.getByTestId('person-row').filter({ hasText: 'Priya Raman' }).click()
  await page.getByTestId('edit-person').click()
  await expect(page.getByTestId('person-form')).toBeVisible()
  await expect(page.getByTestId('field-givenName')).toHaveValue('Priya')
  await page.screenshot(shot('person-form-en-dark'))
})
