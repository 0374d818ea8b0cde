import { join } from 'node:path'
import { expectAccessible } from './pages/a11y'
import { ImportPages } from './pages/imports'
import { expect, openApp, test } from './support/app'

const linkedIn = join(import.meta.dirname, '../fixtures/import/linkedin-connections.csv')

const words = {
  en: { counts: ['2 new', '3 possible duplicates', '2 with problems'], fillTanaka: /^Fill in Taro Tanaka$/u, sameAsRow5: 'Same as row 5', sameEmail: 'Same email as 山田 太郎', commit: 'Import 4 people', summary: '2 added, 2 filled in, 2 skipped' },
  ja: { counts: ['新しい人 2', '重複かもしれない行 3', '気になる点のある行 2'], fillTanaka: /^Taro Tanaka さんに補う$/u, sameAsRow5: '5 行目と同じ', sameEmail: '山田 太郎 さんとメールが同じ', commit: '4 人を取り込む', summary: '追加 2 人、補った人 2 人' }
}

interface Listed {
  items: { familyName: string; company: string }[]
}

for (const language of ['en', 'ja'] as const) {
  test(`import LinkedIn connections with duplicates, resolve them in the preview, then undo (${language})`, async ({ page, app }, testInfo) => {
    const text = words[language]
    await app.call('people.create', { familyName: '山田', givenName: '太郎', email: 'taro@example.jp' })
    await app.call('people.create', { familyName: 'Tanaka', givenName: 'Taro', company: 'Keep Me' })
    const theme = language === 'ja' ? 'dark' : 'light'
    await openApp(page, app, language, theme)
    const imports = new ImportPages(page)
    await imports.openFromSettings()
    await imports.choose(linkedIn)

    for (const count of text.counts) await expect(page.getByTestId('import-counts')).toContainText(count)
    await expect(imports.row(6).getByTestId('import-row-notes')).toContainText(text.sameEmail)
    await expect(imports.row(10).getByTestId('import-row-notes')).toContainText(text.sameAsRow5)
    await expect(imports.row(10).getByTestId('import-row-action')).toHaveValue('skip')
    await expect(imports.row(8).getByTestId('import-row-left-out')).toBeVisible()
    // The formula-like name is shown as the text it is.
    await expect(imports.row(7)).toContainText('=HYPERLINK(')
    await expectAccessible(page)
    await page.screenshot({ path: testInfo.outputPath(`import-preview-${language}-${theme}.png`), fullPage: true })

    // Row 5 is the Taro Tanaka already in People: fill them in rather than add a second one.
    await imports.decide(5, text.fillTanaka)
    await expect(page.getByTestId('import-commit')).toHaveText(text.commit)
    await imports.commit()
    await expect(page.getByTestId('import-summary')).toContainText(text.summary)
    const after = await app.call<Listed>('people.list', {})
    expect(after.items).toHaveLength(4)
    expect(after.items.find((person) => person.familyName === 'Tanaka')?.company).toBe('Keep Me')
    expect(after.items.find((person) => person.familyName === '山田')?.company).toBe('株式会社サンプル')
    await page.screenshot({ path: testInfo.outputPath(`import-done-${language}-${theme}.png`), fullPage: true })

    await imports.undo()
    const undone = await app.call<Listed>('people.list', {})
    expect(undone.items.map((person) => person.company).sort()).toEqual(['', 'Keep Me'])
    await expectAccessible(page)
  })
}

test('a file that is not contacts: a plain message, nothing written', async ({ page, app }) => {
  await openApp(page, app, 'en')
  const imports = new ImportPages(page)
  await imports.openFromSettings()
  await page.getByTestId('import-file').setInputFiles(join(import.meta.dirname, '../fixtures/import/not-contacts.json'))
  await expect(page.getByTestId('import-refused')).toHaveText('This is not a LinkedIn, Google Contacts or vCard file. Nothing was written.')
  expect((await app.call<Listed>('people.list', {})).items).toHaveLength(0)
})
