import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { expectAccessible } from './pages/a11y'
import { ExportPages } from './pages/exports'
import { SettingsPages } from './pages/settings'
import { expect, openApp, test } from './support/app'

const frontMatter = (text: string): Record<string, unknown> => parse(/^---\n([\s\S]*?)\n---\n/u.exec(text)?.[1] ?? '') as Record<string, unknown>

for (const language of ['en', 'ja'] as const) {
  test(`export the sample circle from Settings as a vault, edit a file, export again and keep the edit (${language})`, async ({ page, app }) => {
    await app.call('sample.load', { language })
    await openApp(page, app, language, language === 'ja' ? 'dark' : 'light')
    await new SettingsPages(page).open()
    const exports = new ExportPages(page)
    const folder = join(app.dataDir, 'exports', 'vault')
    await expect(exports.section().getByTestId('export-folder')).toHaveText(folder)

    await exports.exportNow()
    await expect(exports.section().getByTestId('export-kept')).toHaveCount(0)
    const people = readdirSync(join(folder, 'People'))
    expect(people.length).toBeGreaterThan(3)
    const meetings = readdirSync(join(folder, 'One-on-ones'))
    const meeting = readFileSync(join(folder, 'One-on-ones', meetings[0] ?? ''), 'utf8')
    const person = String(frontMatter(meeting).person)
    expect(person).toMatch(/^\[\[People\/.+\]\]$/u)
    expect(existsSync(join(folder, `${person.slice(2, -2)}.md`))).toBe(true)
    const index = readFileSync(join(folder, 'index.md'), 'utf8')
    expect(index).toContain(language === 'ja' ? '## 人' : '## People')

    const edited = join(folder, 'People', people[0] ?? '')
    writeFileSync(edited, 'My own words.\n')
    await exports.exportNow()
    await expect(exports.section().getByTestId('export-kept')).toContainText('1')
    expect(readFileSync(edited, 'utf8')).toBe('My own words.\n')
    expect(readdirSync(join(folder, 'People')).some((name) => name.includes('(Engawa '))).toBe(true)
    await expectAccessible(page)
  })
}

test('browser mode exports only inside the data folder: no folder picker, and a folder elsewhere is refused', async ({ page, app }) => {
  await openApp(page, app, 'en')
  await new SettingsPages(page).open()
  const exports = new ExportPages(page)
  await expect(exports.section().getByTestId('export-folder')).toHaveText(join(app.dataDir, 'exports', 'vault'))
  await expect(exports.section().getByTestId('export-choose-folder')).toHaveCount(0)
  const elsewhere = join(app.dataDir, '..', `not-engawa-${Date.now()}`)
  await expect(app.call('exports.vault', { folder: elsewhere })).rejects.toThrow(/INVALID_INPUT.*data folder/u)
  expect(existsSync(elsewhere)).toBe(false)
})
