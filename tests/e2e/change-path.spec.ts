import type { Page } from '@playwright/test'
import { expect, openApp, test, type AppServer } from './support/app'

/** Ann has a thank-you and a promise waiting and a second coffee planned; Tom has a thank-you. */
async function arrange(app: AppServer) {
  const ann = await app.call<{ id: string }>('people.quickAdd', { name: 'Ann Lee' })
  const tom = await app.call<{ id: string }>('people.quickAdd', { name: 'Tom Becker' })
  for (const person of [ann, tom]) {
    const held = await app.call<{ id: string }>('meetings.create', { personId: person.id, purpose: 'on-call' })
    await app.call('meetings.saveNotes', { id: held.id, section: 'myPromises', text: '- send the runbook' })
    await app.call('meetings.end', { id: held.id })
  }
  await app.call('meetings.create', { personId: ann.id, purpose: 'a second coffee' })
  return { ann }
}

const followupItems = (page: Page, name: string) => page.getByTestId('followup-item').filter({ hasText: name })

test('trash a person in one tab: Today, Follow-ups and One-on-ones in other tabs drop their items; restore brings them back', async ({ page, app, context }) => {
  const { ann } = await arrange(app)
  await openApp(page, app, 'en')
  const today = page
  await expect(followupItems(today, 'Ann Lee')).toHaveCount(1)
  await expect(today.getByTestId('today-screen')).toContainText('a second coffee')

  const inbox = await context.newPage()
  await inbox.goto(app.url)
  await inbox.getByTestId('nav-followups').click()
  await expect(followupItems(inbox, 'Ann Lee')).toHaveCount(2)

  const meetings = await context.newPage()
  await meetings.goto(app.url)
  await meetings.getByTestId('nav-meetings').click()
  await expect(meetings.getByTestId('meeting-row').filter({ hasText: 'Ann Lee' })).toHaveCount(2)

  // A fourth tab does the trashing, through the UI.
  const profile = await context.newPage()
  // The token travels in the fragment; the app keeps the route that follows it.
  await profile.goto(`${app.url}&/people/${ann.id}`)
  await profile.getByTestId('delete-person').click()
  await expect(profile.getByTestId('in-trash')).toBeVisible()

  await expect(followupItems(today, 'Ann Lee')).toHaveCount(0)
  await expect(today.getByTestId('today-screen')).not.toContainText('a second coffee')
  await expect(followupItems(today, 'Tom Becker')).toHaveCount(1)
  await expect(followupItems(inbox, 'Ann Lee')).toHaveCount(0)
  await expect(meetings.getByTestId('meeting-row').filter({ hasText: 'Ann Lee' })).toHaveCount(0)

  await profile.getByTestId('restore-person').click()
  await expect(followupItems(today, 'Ann Lee')).toHaveCount(1)
  await expect(followupItems(inbox, 'Ann Lee')).toHaveCount(2)
  await expect(meetings.getByTestId('meeting-row').filter({ hasText: 'Ann Lee' })).toHaveCount(2)
})

test('renaming a person elsewhere renames their thank-you on Today without a reload', async ({ page, app }) => {
  const { ann } = await arrange(app)
  await openApp(page, app, 'en')
  await expect(followupItems(page, 'Ann Lee')).toHaveCount(1)
  await app.call('people.update', { id: ann.id, patch: { givenName: 'Anne' } })
  await expect(followupItems(page, 'Anne Lee')).toHaveCount(1)
})
