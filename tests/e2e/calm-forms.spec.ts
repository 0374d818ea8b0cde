import { limits } from '../../src/shared/api/limits'
import { expectAccessible } from './pages/a11y'
import { PeoplePages } from './pages/people'
import { TrashPage } from './pages/trash'
import { expect, openApp, test } from './support/app'

const copy = {
  en: {
    tooLong: `At most ${limits.shortText} characters.`,
    checkFields: 'Please check the highlighted fields.',
    discard: 'Discard your changes?',
    quickAdd: 'Add a person'
  },
  ja: {
    tooLong: `${limits.shortText} 文字以内にしてください。`,
    checkFields: '印のついた項目を確認してください。',
    discard: '変更を破棄しますか？',
    quickAdd: '人を追加'
  }
} as const

const tooLongName = '長'.repeat(limits.shortText + 1)
const total = async (app: { call<T>(procedure: string, input?: unknown): Promise<T> }) => (await app.call<{ total: number }>('people.list', {})).total

for (const language of ['en', 'ja'] as const) {
  test.describe(`Calm forms (${language})`, () => {
    test('quick add over the length limit says so at the field and writes nothing', async ({ page, app }) => {
      const people = new PeoplePages(page)
      await openApp(page, app, language)
      await people.openQuickAdd()
      await people.quickAddName().fill(tooLongName)
      await people.quickAddName().press('Enter')

      const error = people.quickAddDialog().getByTestId('field-error')
      await expect(error).toHaveText(copy[language].tooLong)
      await expect(error).toHaveAttribute('role', 'alert')
      await expect(people.quickAddName()).toHaveAttribute('aria-invalid', 'true')
      await expect(people.quickAddName()).toHaveAccessibleDescription(copy[language].tooLong)
      expect(await total(app)).toBe(0)

      // Fixing the name clears the message, and the add goes through.
      await people.quickAddName().fill('長谷川 葵')
      await expect(error).toBeHidden()
      await people.quickAddName().press('Enter')
      await expect(page.getByTestId('quick-add-open')).toBeVisible()
      expect(await total(app)).toBe(1)
    })

    test('Esc on an edited person form asks; Keep editing keeps the text, Discard leaves', async ({ page, app }) => {
      const people = new PeoplePages(page)
      const person = await app.call<{ id: string }>('people.create', { familyName: '佐藤', givenName: '美咲', company: '青葉システムズ' })
      await openApp(page, app, language, 'light', '/people')
      await people.editPerson('佐藤 美咲')

      await people.field('company').fill('若葉ラボ')
      await people.field('company').press('Escape')
      await expect(people.discardConfirm()).toContainText(copy[language].discard)
      await expect(page.getByTestId('keep-editing')).toBeFocused()
      await page.getByTestId('keep-editing').click()
      await expect(people.discardConfirm()).toBeHidden()
      await expect(people.field('company')).toHaveValue('若葉ラボ')
      await expect(people.field('company')).toBeFocused()

      await people.field('company').press('Escape')
      await page.getByTestId('discard-changes').click()
      await expect(page.getByTestId('person-screen')).toBeVisible()
      expect((await app.call<{ company: string }>('people.get', { id: person.id })).company).toBe('青葉システムズ')
    })
  })
}

test('Esc on an unchanged person form leaves at once', async ({ page, app }) => {
  const people = new PeoplePages(page)
  await openApp(page, app, 'en')
  await people.startNewPerson()
  await expect(people.field('familyName')).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('person-form')).toBeHidden()
  await expect(page.getByTestId('people-count')).toBeVisible()
})

test('leaving an edited form through the navigation asks too; Discard goes where the user meant to', async ({ page, app }) => {
  const people = new PeoplePages(page)
  const person = await app.call<{ id: string }>('people.create', { givenName: 'Ann', familyName: 'Lee', company: 'Northwind' })
  await openApp(page, app, 'en', 'light', '/people')
  await people.editPerson('Ann Lee')
  await people.field('company').fill('Lumen Data')
  await page.getByTestId('nav-today').click()
  await expect(people.discardConfirm()).toContainText(copy.en.discard)
  await expect(page.getByTestId('keep-editing')).toBeFocused()
  await page.getByTestId('keep-editing').click()
  await expect(people.field('company')).toHaveValue('Lumen Data')
  await page.getByTestId('nav-today').click()
  await page.getByTestId('discard-changes').click()
  await expect(page.getByTestId('today-screen')).toBeVisible()
  expect((await app.call<{ company: string }>('people.get', { id: person.id })).company).toBe('Northwind')
  // Nothing unsaved any more: the navigation goes at once.
  await page.getByTestId('nav-people').click()
  await expect(page.getByTestId('people-count')).toBeVisible()
})

test('quick add is modal: focus stays inside, Esc closes and focus goes back', async ({ page, app }) => {
  const people = new PeoplePages(page)
  await openApp(page, app, 'en')
  const opener = page.getByTestId('open-quick-add')
  await opener.click()
  const dialog = page.getByRole('dialog', { name: copy.en.quickAdd })
  await expect(dialog).toHaveAttribute('aria-modal', 'true')
  await expect(people.quickAddName()).toBeFocused()

  // After one add there are two stops, the name and "Open profile"; Tab and Shift+Tab go round.
  await people.quickAddName().fill('Ann Lee')
  await people.quickAddName().press('Enter')
  const openProfile = page.getByTestId('quick-add-open')
  await expect(openProfile).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(openProfile).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(people.quickAddName()).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  await expect(openProfile).toBeFocused()
  for (const key of ['Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
    await page.keyboard.press(key)
    await expect(people.focusInQuickAdd()).toHaveCount(1)
  }

  // The name field is empty again after the add, so Esc closes at once.
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(opener).toBeFocused()
})

test('Esc on a typed name in quick add asks; Esc again keeps it, Discard closes', async ({ page, app }) => {
  const people = new PeoplePages(page)
  await openApp(page, app, 'en')
  await people.openQuickAdd()
  await people.quickAddName().fill('Bo Kim')
  await page.keyboard.press('Escape')
  await expect(people.discardConfirm()).toContainText(copy.en.discard)
  await expect(page.getByTestId('keep-editing')).toBeFocused()

  await page.keyboard.press('Escape')
  await expect(people.discardConfirm()).toBeHidden()
  await expect(people.quickAddName()).toBeFocused()
  await expect(people.quickAddName()).toHaveValue('Bo Kim')

  await page.keyboard.press('Escape')
  await page.getByTestId('discard-changes').click()
  await expect(people.quickAddDialog()).toBeHidden()
  expect(await total(app)).toBe(0)
})

test('the trash asks in words that fit the number: 1 person, 2 people', async ({ page, app }) => {
  const trash = new TrashPage(page)
  const trashed = async (name: string) => {
    const person = await app.call<{ id: string }>('people.quickAdd', { name })
    await app.call('people.delete', { id: person.id })
  }
  await trashed('Ann Lee')
  await openApp(page, app, 'en')
  await trash.open()
  await trash.askToEmpty()
  await expect(trash.confirmText()).toHaveText('Remove 1 person and their timeline for good?')

  await trashed('Bo Kim')
  await expect(trash.rows()).toHaveCount(2)
  await expect(trash.confirmText()).toHaveText('Remove 2 people and their timelines for good?')
})

for (const [theme, language] of [
  ['light', 'en'],
  ['dark', 'ja']
] as const) {
  test(`axe and control borders (${theme}, ${language}): quick add and the person form with errors shown`, async ({ page, app }) => {
    const people = new PeoplePages(page)
    await openApp(page, app, language, theme)
    await people.openQuickAdd()
    await people.quickAddName().fill(tooLongName)
    await people.quickAddName().press('Enter')
    await expect(people.quickAddDialog().getByTestId('field-error')).toBeVisible()
    await expectAccessible(page)
    await page.keyboard.press('Escape')
    await page.getByTestId('discard-changes').click()
    await expect(people.quickAddDialog()).toBeHidden()

    await people.startNewPerson()
    await people.field('givenName').fill('Priya')
    await people.field('headline').fill('x'.repeat(limits.shortText + 1))
    await people.field('email').fill('priya-at-example')
    await people.save()
    await expect(page.getByRole('alert')).toHaveText(copy[language].checkFields)
    await expect(page.getByTestId('field-error')).toHaveCount(2)
    // The keyboard goes to the first field to fix, which names what is wrong.
    await expect(people.field('headline')).toBeFocused()
    await expect(people.field('headline')).toHaveAccessibleDescription(copy[language].tooLong)
    await expect(people.field('email')).toHaveAttribute('aria-invalid', 'true')
    await expectAccessible(page)
    expect(await total(app)).toBe(0)
  })
}
