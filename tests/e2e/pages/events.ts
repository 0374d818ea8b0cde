import { expect, type Page } from '@playwright/test'

/** Preparing for an event, reading the prep sheet and reflecting afterwards, as a user goes through it. */
export class EventPages {
  constructor(readonly page: Page) {}

  async openList() {
    await this.page.getByTestId('nav-events').click()
    await expect(this.page.getByTestId('events-screen')).toBeVisible()
  }

  async create(basics: { name: string; kind: string; place: string; link?: string }) {
    await this.page.getByTestId('new-event').click()
    await expect(this.page.getByTestId('new-event-screen')).toBeVisible()
    await this.page.getByTestId('event-name').fill(basics.name)
    await this.page.getByTestId('event-kind').selectOption(basics.kind)
    await this.page.getByTestId('event-place').fill(basics.place)
    if (basics.link !== undefined) await this.page.getByTestId('event-link').fill(basics.link)
    await this.page.getByTestId('event-create').click()
  }

  async expectStep(step: string) {
    await expect(this.page.getByTestId('prep-screen')).toHaveAttribute('data-step', step)
  }

  /** Pastes names and looks them up; the results say who is known. */
  async pasteNames(names: string) {
    await this.page.getByTestId('paste-input').fill(names)
    await this.page.getByTestId('paste-match').click()
    await expect(this.page.getByTestId('paste-results')).toBeVisible()
  }

  async addPasted() {
    await this.page.getByTestId('paste-add').click()
    await expect(this.page.getByTestId('paste-results')).toBeHidden()
  }

  attendee(name: string) {
    return this.page.getByTestId('attendee').filter({ hasText: name })
  }

  async markTarget(name: string) {
    const row = this.attendee(name)
    await row.getByTestId('attendee-target').check()
    await expect(row).toHaveAttribute('data-target', 'true')
  }

  async next() {
    await this.page.getByTestId('prep-next').click()
  }

  async pickTopic(title: string) {
    await this.page.getByTestId('event-topic').locator('xpath=..').filter({ hasText: title }).getByTestId('event-topic').check()
  }

  async addTopic(title: string) {
    await this.page.getByTestId('event-new-topic-title').fill(title)
    await this.page.getByTestId('event-add-topic').click()
    await expect(this.page.getByTestId('event-topics')).toContainText(title)
  }

  async setGoal(index: number, text: string) {
    const inputs = this.page.getByTestId('goal-input')
    if ((await inputs.count()) <= index) await this.page.getByTestId('goal-add').click()
    await inputs.nth(index).fill(text)
  }

  async planEnergy(plan: { arrive: string; leave: string; recovery: string }) {
    await this.page.getByTestId('energy-arrive').fill(plan.arrive)
    await this.page.getByTestId('energy-leave').fill(plan.leave)
    await this.page.getByTestId('energy-recovery').fill(plan.recovery)
  }

  async finish() {
    await this.page.getByTestId('prep-next').click()
    await expect(this.page.getByTestId('prep-sheet')).toBeVisible()
  }

  /** One person met: someone from the list, or a new name. */
  async addMet(index: number, met: { person?: string; name?: string; talked: string; promised?: string }) {
    const rows = this.page.getByTestId('reflect-met')
    if ((await rows.count()) <= index) await this.page.getByTestId('reflect-add-met').click()
    const row = rows.nth(index)
    if (met.person) await row.getByTestId('reflect-met-person').selectOption({ label: met.person })
    if (met.name) await row.getByTestId('reflect-met-name').fill(met.name)
    await row.getByTestId('reflect-met-talked').fill(met.talked)
    if (met.promised) await row.getByTestId('reflect-met-promised').fill(met.promised)
  }

  async saveReflection() {
    await this.page.getByTestId('reflect-save').click()
    await expect(this.page.getByTestId('reflect-saved')).toBeVisible()
  }
}
