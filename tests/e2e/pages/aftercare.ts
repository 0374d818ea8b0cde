import { expect, type Page } from '@playwright/test'
import type { AppServer } from '../support/app'
import { expectAccessible } from './a11y'

const day = 86_400_000

/** Today's aftercare as the user meets it: reconnects, and the profile's keep-in-touch line. */
export class AftercarePages {
  constructor(readonly page: Page) {}

  /** Someone on a monthly cadence last met `daysAgo` days ago, talking about `topic`. */
  static async lapsed(app: AppServer, person: Record<string, unknown>, topic: string, daysAgo = 40) {
    const created = await app.call<{ id: string }>('people.create', { ...person, cadenceDays: 30, stage: 'met' })
    const occurredAt = new Date(Date.now() - daysAgo * day).toISOString()
    await app.call('interactions.add', { personId: created.id, kind: 'meeting', occurredAt, summary: 'Coffee', body: `- ${topic}` })
    return created
  }

  todayItem = (name: string) => this.page.getByTestId('today-followups').getByTestId('followup-item').filter({ hasText: name })

  async openTodayItem(name: string) {
    await this.todayItem(name).click()
    await expect(this.page.getByTestId('followup-screen')).toBeVisible()
  }

  async markSent() {
    await this.page.getByTestId('followup-mark-sent').click()
    await expect(this.page.getByTestId('followup-done')).toBeVisible()
  }

  async backToToday() {
    await this.page.getByTestId('nav-today').click()
    await expect(this.page.getByTestId('today-screen')).toBeVisible()
  }

  expectAccessible = () => expectAccessible(this.page)
}

/** A season's list, from Today's one line: mark sent one by one or all, and the label CSV. */
export class SeasonalPages {
  constructor(readonly page: Page) {}

  async openFromToday() {
    await this.page.getByTestId('today-season').click()
    await expect(this.page.getByTestId('seasonal-screen')).toBeVisible()
  }

  row = (name: string) => this.page.getByTestId('seasonal-row').filter({ hasText: name })

  async markOneSent(name: string) {
    await this.row(name).getByTestId('seasonal-mark-sent').click()
    await expect(this.row(name).getByTestId('seasonal-sent')).toBeVisible()
  }

  async markAllSent() {
    await this.page.getByTestId('seasonal-mark-all').click()
    await expect(this.page.getByTestId('seasonal-mark-sent')).toHaveCount(0)
  }

  /** Downloads the CSV and answers its text. */
  async downloadCsv(): Promise<string> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId('seasonal-csv').click()])
    const stream = await download.createReadStream()
    const chunks: Buffer[] = []
    for await (const chunk of stream) chunks.push(chunk as Buffer)
    return Buffer.concat(chunks).toString('utf8')
  }
}
