import { readFileSync } from 'node:fs'
import { expect, type Page } from '@playwright/test'
import { expectAccessible } from './a11y'

/** The meeting screen's "Add to calendar (.ics)": what the user clicks and the file they get. */
export class CalendarPages {
  constructor(readonly page: Page) {}

  async openMeeting(origin: string, id: string) {
    await this.page.goto(`${origin}/#/meetings/${id}`)
    await expect(this.page.getByTestId('meeting-screen')).toBeVisible()
  }

  button = () => this.page.getByTestId('meeting-ics')

  /** Clicks and waits for the browser's download; answers its name and text. */
  async download(): Promise<{ fileName: string; text: string }> {
    const downloading = this.page.waitForEvent('download')
    await this.button().click()
    const download = await downloading
    const path = await download.path()
    return { fileName: download.suggestedFilename(), text: readFileSync(path, 'utf8') }
  }

  expectAccessible = () => expectAccessible(this.page)
}
