import { MarkdownFilePages } from './pages/markdown-files'
import { expect, openApp, test } from './support/app'

const words = {
  en: { copied: 'Copied', copy: 'Copy as Markdown', save: 'Save as Markdown file', profile: '## Profile', notes: '## Notes', plan: '## Plan' },
  ja: { copied: 'コピーしました', copy: 'Markdown でコピー', save: 'Markdown ファイルとして保存', profile: '## プロフィール', notes: '## メモ', plan: '## 計画' }
}
const notes = '# 覚えておくこと\n\n- **転職**を考えている\n- 猫の名前: タマ\n'

for (const language of ['en', 'ja'] as const) {
  test(`copy and save a person and a one-on-one as Markdown (${language})`, async ({ page, app }) => {
    const w = words[language]
    const person = await app.call<{ id: string }>('people.create', { familyName: '田中', givenName: '花子', nameOrder: 'family_first', notes })
    const meeting = await app.call<{ id: string }>('meetings.create', { personId: person.id, purpose: '近況を聞く' })
    await app.call('meetings.update', { id: meeting.id, patch: { startsAt: '2026-12-01T03:00:00Z', place: '渋谷' } })
    await app.call('meetings.saveNotes', { id: meeting.id, section: 'caresAbout', text: 'チームの**雰囲気**' })
    await openApp(page, app, language, language === 'ja' ? 'dark' : 'light')
    const files = new MarkdownFilePages(page)

    await files.openPerson(app.origin, person.id)
    await expect(files.copyButton()).toHaveText(w.copy)
    await expect(files.saveButton()).toHaveText(w.save)
    const copied = await files.copy(w.copied)
    expect(copied).toMatch(/^---\nid: /u)
    expect(copied).toContain('name: 田中 花子')
    expect(copied).toContain(w.profile)
    // The user's own Markdown, byte for byte.
    expect(copied).toContain(`${w.notes}\n\n${notes}`)
    await files.expectAccessible()
    const saved = await files.save()
    expect(saved).toEqual({ fileName: '田中 花子.md', text: copied })

    await files.openMeeting(app.origin, meeting.id)
    // Grouped with the calendar file.
    await expect(page.getByTestId('meeting-files').getByTestId('meeting-ics')).toBeVisible()
    const page1 = await files.save()
    expect(page1.fileName).toBe('2026-12-01 田中 花子.md')
    expect(page1.text).toContain(w.plan)
    expect(page1.text).toContain('[[People/田中 花子|田中 花子]]')
    expect(page1.text).toContain('チームの**雰囲気**')
    // Notes typed a moment ago are saved before the page is read.
    await page.getByTestId('notes-theirChallenges').fill('締め切りが近い')
    const copiedMeeting = await files.copy(w.copied)
    expect(copiedMeeting).toContain('締め切りが近い')
    expect(copiedMeeting).toContain('チームの**雰囲気**')
    await files.expectAccessible()
  })
}

test('a person in the trash offers no Markdown file', async ({ page, app }) => {
  const person = await app.call<{ id: string }>('people.quickAdd', { name: 'Mika Sato' })
  await app.call('people.delete', { id: person.id })
  await openApp(page, app, 'en')
  const files = new MarkdownFilePages(page)
  await files.openPerson(app.origin, person.id)
  await expect(page.getByTestId('in-trash')).toBeVisible()
  await expect(files.copyButton()).toHaveCount(0)
})
