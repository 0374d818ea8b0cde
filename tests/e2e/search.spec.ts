import { expectAccessible } from './pages/a11y'
import { SearchPalette } from './pages/search'
import { expect, openApp, test } from './support/app'

const cases = {
  ja: {
    tanaka: { familyName: '田中', givenName: '太郎', familyNameKana: 'たなか', givenNameKana: 'たろう', headline: 'SRE' },
    alex: { familyName: 'Kim', givenName: 'Alex' },
    note: { summary: 'コーヒー', body: 'ポストモーテムのテンプレートが欲しいと言っていた' },
    section: 'ポストモーテムの文化づくりに苦労している',
    // Half-width katakana, as typed with some input methods: folded to the same word.
    typed: 'ﾎﾟｽﾄﾓｰﾃﾑ',
    command: '接点',
    person: 'タナカ'
  },
  en: {
    tanaka: { familyName: 'Tanaka', givenName: 'Taro', headline: 'SRE' },
    alex: { familyName: 'Kim', givenName: 'Alex' },
    note: { summary: 'Coffee', body: 'She wants a postmortem template for her team' },
    section: 'Struggling to build a postmortem culture',
    typed: 'POSTMORTEM',
    command: 'touchpoint',
    person: 'tanaka'
  }
} as const

for (const language of ['ja', 'en'] as const) {
  test(`Ctrl+K finds a note and a one-on-one section, arrows move, Enter opens it at the place (${language})`, async ({ page, app }) => {
    const c = cases[language]
    const palette = new SearchPalette(page)
    const tanaka = await app.call<{ id: string }>('people.create', c.tanaka)
    const alex = await app.call<{ id: string }>('people.create', c.alex)
    await app.call('interactions.add', { personId: alex.id, ...c.note })
    const meeting = await app.call<{ id: string }>('meetings.create', { personId: tanaka.id, purpose: '' })
    await app.call('meetings.saveNotes', { id: meeting.id, section: 'theirChallenges', text: c.section })
    await openApp(page, app, language)

    await palette.open()
    await palette.type(c.typed, 2)
    await expect(page.getByTestId('search-group-interaction')).toBeVisible()
    await expect(page.getByTestId('search-group-meeting')).toBeVisible()
    await expect(palette.hits().first().locator('mark')).toHaveCount(1)
    await expect(palette.selected()).toHaveAttribute('data-kind', 'interaction')
    await palette.press('ArrowDown')
    await expect(palette.selected()).toHaveAttribute('data-kind', 'meeting')
    await palette.press('Enter')
    await expect(palette.dialog()).toBeHidden()
    await expect(page.getByTestId('meeting-screen')).toBeVisible()
    await expect(page.getByTestId('notes-theirChallenges')).toBeFocused()

    // The note opens on its person's timeline, focused; Esc closes the palette without moving.
    await palette.open()
    await palette.type(c.typed, 2)
    await palette.press('Enter')
    await expect(page.getByTestId('person-screen')).toBeVisible()
    await expect(page.locator('[data-testid="timeline-entry"]:focus')).toHaveCount(1)
    await palette.open()
    await palette.press('Escape')
    await expect(palette.dialog()).toBeHidden()
    await expect(page.getByTestId('person-screen')).toBeVisible()
  })

  test(`commands from the palette: log a touchpoint with someone, prepare an event (${language})`, async ({ page, app }) => {
    const c = cases[language]
    const palette = new SearchPalette(page)
    const tanaka = await app.call<{ id: string }>('people.create', c.tanaka)
    await openApp(page, app, language)

    await palette.open()
    await palette.input().fill(c.command)
    await expect(page.getByTestId('search-command-logTouchpoint')).toBeVisible()
    await palette.press('Enter')
    await palette.type(c.person, 1)
    await palette.press('Enter')
    await expect(page.getByTestId('person-screen')).toBeVisible()
    expect(page.url()).toContain(`/people/${tanaka.id}`)
    await expect(page.getByTestId('touchpoint-form')).toBeVisible()

    await palette.open()
    await expect(page.getByTestId('search-command-prepareEvent')).toBeVisible()
    await page.getByTestId('search-command-prepareEvent').click()
    await expect(page).toHaveURL(/#\/events\/new$/)
  })

  for (const theme of ['light', 'dark'] as const) {
    test(`the palette is accessible with results listed (${language}, ${theme})`, async ({ page, app }) => {
      const c = cases[language]
      const palette = new SearchPalette(page)
      const alex = await app.call<{ id: string }>('people.create', c.alex)
      await app.call('people.create', c.tanaka)
      await app.call('interactions.add', { personId: alex.id, ...c.note })
      await openApp(page, app, language, theme)
      await palette.open()
      await expectAccessible(page)
      await palette.type(c.typed, 1)
      await palette.press('ArrowDown')
      await expectAccessible(page)
    })
  }
}
