import { expect, openApp, test } from './support/app'
import { PeoplePages } from './pages/people'

const copy = {
  en: { save: 'Add person', emailError: 'Enter an email address', trash: 'in the trash', count: '2 people' },
  ja: { save: '追加する', emailError: 'メールアドレスを入力してください', trash: 'ゴミ箱にいます', count: '2 人' }
} as const

for (const language of ['en', 'ja'] as const) {
  test.describe(`People (${language})`, () => {
    test('quick add by keyboard, then fill in the profile', async ({ page, app }) => {
      const people = new PeoplePages(page)
      await openApp(page, app, language)
      await people.quickAdd('田中 太郎')
      await people.openQuickAdded()
      await expect(page.getByTestId('person-name')).toHaveText('田中 太郎')

      await page.getByTestId('edit-person').click()
      await people.field('familyNameKana').fill('たなか')
      await people.field('givenNameKana').fill('たろう')
      await people.field('company').fill('青葉システムズ')
      await people.field('tags').fill('SRE, 勉強会')
      await people.field('stage').selectOption('met')
      await people.field('interests').fill('可観測性\n登山')
      await people.save()
      await expect(page.getByTestId('person-screen')).toBeVisible()
      await expect(page.getByTestId('name-reading')).toHaveText('たなか たろう')
      await expect(page.getByTestId('person-tags')).toContainText('勉強会')
      await expect(page.getByTestId('person-about')).toContainText('登山')
      await people.expectAccessible()

      await people.logInteraction('勉強会のあとで 20 分話した')
      await page.reload()
      await expect(page.getByTestId('timeline-entry')).toHaveCount(1)
    })

    test('a full form in the other script, with a field error that saves nothing', async ({ page, app }) => {
      const people = new PeoplePages(page)
      await openApp(page, app, language)
      await people.startNewPerson()
      await people.expectAccessible()
      await people.field('givenName').fill('Priya')
      await people.field('familyName').fill('Raman')
      await people.field('email').fill('priya-at-example')
      await people.save()
      await expect(page.getByTestId('field-error')).toContainText(copy[language].emailError)
      expect((await app.call<{ total: number }>('people.list')).total).toBe(0)

      await people.field('email').fill('priya@example.com')
      await people.field('link-github').fill('https://github.com/priya')
      await people.field('cadence').selectOption('30')
      await people.save()
      await expect(page.getByTestId('person-name')).toHaveText('Priya Raman')
      await expect(page.getByRole('link', { name: 'priya@example.com' })).toHaveAttribute('href', 'mailto:priya@example.com')
    })

    test('filter by tag and stage, delete to the trash and restore', async ({ page, app }) => {
      const people = new PeoplePages(page)
      await app.call('people.create', { familyName: '佐藤', givenName: '美咲', tags: ['SRE'], stage: 'met' })
      await app.call('people.create', { givenName: 'Tom', familyName: 'Becker', tags: ['Management'] })
      await openApp(page, app, language, 'light', '/people')
      await expect(page.getByTestId('people-count')).toHaveText(copy[language].count)
      await people.expectAccessible()

      await page.getByTestId('tag-filter').selectOption('SRE')
      await expect(people.rows()).toHaveCount(1)
      await expect(people.rows()).toContainText('佐藤 美咲')
      await page.getByTestId('tag-filter').selectOption('')
      await page.getByTestId('stage-filter').selectOption('discovered')
      await expect(people.rows()).toHaveCount(1)
      await expect(people.rows()).toContainText('Tom Becker')
      await page.getByTestId('stage-filter').selectOption('')
      await page.getByTestId('people-filter').fill('Beck')
      await expect(people.rows()).toHaveCount(1)
      await page.getByTestId('people-filter').fill('')

      await people.openPerson('Tom Becker')
      await page.getByTestId('delete-person').click()
      await expect(page.getByTestId('in-trash')).toContainText(copy[language].trash)
      await page.getByTestId('nav-trash').click()
      await expect(page.getByTestId('trash-row')).toHaveCount(1)
      await people.expectAccessible()
      await page.getByTestId('trash-restore').click()
      await expect(page.getByTestId('trash-row')).toHaveCount(0)
      await page.getByTestId('nav-people').click()
      await expect(people.rows()).toHaveCount(2)
    })
  })
}

test('find a person by full name, given name first or without the space', async ({ page, app }) => {
  for (const name of ['Alex Kim', '田中 太郎', 'Alex Lee']) await app.call('people.quickAdd', { name })
  await openApp(page, app, 'en', 'light', '/people')
  const people = new PeoplePages(page)
  await expect(people.rows()).toHaveCount(3)
  await people.filterExpecting('Alex Kim', ['Alex Kim'])
  await people.filterExpecting('田中太郎', ['田中 太郎'])
  await people.filterExpecting('', ['Alex Kim', 'Alex Lee', '田中 太郎'])
})

test('keyboard: arrow keys walk the list and Enter opens a person', async ({ page, app }) => {
  for (const name of ['Ann Lee', 'Bo Kim', 'Cy Park']) await app.call('people.quickAdd', { name })
  await openApp(page, app, 'en', 'light', '/people')
  const people = new PeoplePages(page)
  await people.rows().first().focus()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await expect(people.rows().nth(2)).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('person-name')).toHaveText('Cy Park')
})
