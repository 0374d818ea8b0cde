import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expectAccessible } from './pages/a11y'
import { PathPages } from './pages/path'
import { expect, openApp, test } from './support/app'

const cases = {
  ja: { familyName: '佐藤', givenName: '美咲', name: '佐藤 美咲', note: 'SLO の記事にコメント', stages: { engaged: 'オンラインで交流', proposed: '面談を提案' }, logged: '記録しました' },
  en: { familyName: 'Raman', givenName: 'Priya', name: 'Priya Raman', note: 'On her SLO post', stages: { engaged: 'Engaged online', proposed: 'Meeting proposed' }, logged: 'Logged' }
} as const

for (const language of ['ja', 'en'] as const) {
  test(`log a touchpoint by keyboard and move along the path (${language})`, async ({ page, app }) => {
    // A whole flow through several screens: more time than a single check, on a busy machine too.
    test.slow()
    const c = cases[language]
    const path = new PathPages(page)
    const person = await app.call<{ id: string }>('people.create', { familyName: c.familyName, givenName: c.givenName })
    await app.call('people.create', { givenName: 'Someone', familyName: 'Else', stage: 'met' })
    await openApp(page, app, language)
    await path.openPerson(app, person.id)
    await expect(page.getByTestId('person-stage')).toHaveText(language === 'ja' ? '知った' : 'Discovered')

    // Two keystrokes and a line: on the timeline, and a first online contact moves the stage.
    await path.logTouchpoint('c', { url: 'https://example.com/slo', note: c.note })
    await expect(page.getByTestId('touchpoint')).toContainText(c.logged)
    await expect(page.getByTestId('timeline-entry').first()).toContainText(c.note)
    await expect(page.getByTestId('person-stage')).toHaveText(c.stages.engaged)
    await expect(page.getByTestId('touchpoint-open')).toBeFocused()

    // A link that is not https is refused, and nothing is logged.
    await page.locator('body').press('l')
    await page.keyboard.press('m')
    await page.keyboard.type('javascript:alert(1)')
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('field-error')).toContainText('https://')
    await expectAccessible(page)
    await page.screenshot({ path: join(tmpdir(), 'engawa-flow', `path-${language}-touchpoint.png`) })
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('timeline-entry')).toHaveCount(1)

    // The path: the person is under "engaged online"; Shift+→ moves them on, focus follows.
    await path.openBoard()
    await expect(path.card('engaged_online', c.name)).toBeVisible()
    await path.card('engaged_online', c.name).focus()
    await page.keyboard.press('Shift+ArrowRight')
    await expect(path.card('meeting_proposed', c.name)).toBeFocused()
    await expect(page.getByTestId('pipeline-meeting_proposed').getByTestId('pipeline-count')).toHaveText('1')
    // Arrows move between people; Enter opens the one in focus.
    await page.keyboard.press('ArrowRight')
    await expect(path.card('met', 'Someone Else')).toBeFocused()
    await page.keyboard.press('ArrowLeft')
    await expect(path.card('meeting_proposed', c.name)).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('person-stage')).toHaveText(c.stages.proposed)

    await app.call('settings.update', { theme: 'dark' })
    await path.openBoard()
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
    await expectAccessible(page)
    await page.screenshot({ path: join(tmpdir(), 'engawa-flow', `path-${language}-board-dark.png`) })
  })
}

test('after three online exchanges, Today suggests proposing a one-on-one, with an invitation to send (en)', async ({ page, app }) => {
  const person = await app.call<{ id: string }>('people.create', { givenName: 'Jo', familyName: 'Park' })
  for (const [kind, note] of [['online_commented', 'on her SLO post'], ['online_replied', 'in the SRE Slack'], ['message', 'about alert fatigue']] as const) {
    await app.call('touchpoints.log', { personId: person.id, kind, note })
  }
  await openApp(page, app, 'en')
  const item = page.getByTestId('today-followups').getByTestId('followup-item').filter({ hasText: 'Jo Park' })
  await expect(item).toContainText('Propose a meeting')
  await item.click()
  await expect(page.getByTestId('followup-draft')).toHaveValue(/about alert fatigue/)
  await page.getByTestId('followup-mark-sent').click()
  await page.getByTestId('nav-today').click()
  await expect(page.getByTestId('today-followups').getByTestId('followup-item').filter({ hasText: 'Jo Park' })).toHaveCount(0)

  // Value goes both ways: what they shared with me shows on their profile.
  const path = new PathPages(page)
  await path.openPerson(app, person.id)
  await path.logTouchpoint('s', { url: 'https://example.com/runbooks', note: 'Their runbook template' })
  await expect(page.getByTestId('person-shared-with-me')).toContainText('Their runbook template')
})
