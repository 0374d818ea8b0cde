import { expect, type Page } from '@playwright/test'

/** Communities and the user's own work, as a user records them. */
export class OnlinePages {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByTestId('nav-online').click()
    await expect(this.page.getByTestId('online-screen')).toBeVisible()
  }

  async addCommunity(fields: { name: string; platform: string; link: string; role: string }) {
    await this.page.getByTestId('community-name').fill(fields.name)
    await this.page.getByTestId('community-platform').fill(fields.platform)
    await this.page.getByTestId('community-link').fill(fields.link)
    await this.page.getByTestId('community-role').fill(fields.role)
    await this.page.getByTestId('community-add').click()
  }

  async addWork(fields: { kind: string; title: string; date: string; link: string }) {
    await this.page.getByTestId('work-kind').selectOption(fields.kind)
    await this.page.getByTestId('work-title').fill(fields.title)
    await this.page.getByTestId('work-date').fill(fields.date)
    await this.page.getByTestId('work-link').fill(fields.link)
    await this.page.getByTestId('work-add').click()
    await expect(this.page.getByTestId('work-row').filter({ hasText: fields.title })).toBeVisible()
  }

  /** Finds someone in the picker by what the user types and picks the first match. */
  async pick(picker: string, query: string) {
    await this.page.getByTestId(`${picker}-filter`).fill(query)
    await this.page.getByTestId(`${picker}-pick`).first().click()
  }

  async logActivity(note: string, person: string) {
    await this.page.getByTestId('activity-note').fill(note)
    await this.page.getByTestId('activity-person').selectOption({ label: person })
    await this.page.getByTestId('activity-save').click()
    await expect(this.page.getByTestId('activity-entry').filter({ hasText: note })).toBeVisible()
  }
}
