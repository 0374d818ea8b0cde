import { readFileSync } from 'node:fs'
import { expect, type Page } from '@playwright/test'
import { expectAccessible } from './a11y'

/** "Copy as Markdown" and "Save as Markdown file" on a person's page and on a one-on-one. */
export class MarkdownFilePages {
  constructor(readonly page: Page) {}

  async openPerson(origin: string, id: string) {
    await this.page.goto(`${origin}/#/people/${id}`)
    await expect(this.page.getByTestId('person-screen')).toBeVisible()
  }

  async openMeeting(origin: string, id: string) {
    await this.page.goto(`${origin}/#/meetings/${id}`)
    await expect(this.page.getByTestId('meeting-screen')).toBeVisible()
  }

  copyButton = () => this.page.getByTestId('markdown-copy')
  saveButton = () => this.page.getByTestId('markdown-save')
  status = () => this.page.getByTestId('markdown-status')

  /** Copies, waits for the short "Copied", and answers what the clipboard now holds. */
  async copy(copiedText: string): Promise<string> {
    await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    await this.copyButton().click()
    await expect(this.status()).toHaveText(copiedText)
    return this.page.evaluate(() => (globalThis as unknown as { navigator: { clipboard: { readText(): Promise<string> } } }).navigator.clipboard.readText())
  }

  /** Saves and waits for the browser's download; answers its name and text. */
  async save(): Promise<{ fileName: string; text: string }> {
    const downloading = this.page.waitForEvent('download')
    await this.saveButton().click()
    const download = await downloading
    return { fileName: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') }
  }

  expectAccessible = () => expectAccessible(this.page)
}
