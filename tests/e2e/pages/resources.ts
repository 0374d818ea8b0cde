import { expect, type Page } from '@playwright/test'

interface ResourceFields {
  title: string
  url: string
  why: string
  tags: string
}

/** The library of things worth sharing, and who each one fits. */
export class ResourcePages {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByTestId('nav-resources').click()
    await expect(this.page.getByTestId('resources-screen')).toBeVisible()
  }

  /** Fills title, link, why and tags of the form in view, and picks topics by title. */
  async fill(resource: Partial<ResourceFields>, topics: string[] = []) {
    const form = this.page.locator('[data-testid="resource-edit-form"], [data-testid="resource-form"]').first()
    for (const key of ['title', 'url', 'why', 'tags'] as const) {
      const value = resource[key]
      if (value !== undefined) await form.getByTestId(`resource-${key}`).fill(value)
    }
    for (const topic of topics) await form.getByRole('checkbox', { name: topic, exact: true }).check()
  }

  async add(resource: ResourceFields, topics: string[] = []) {
    await this.fill(resource, topics)
    await this.page.getByTestId('resource-form').getByTestId('resource-save').click()
    await expect(this.item(resource.title)).toBeVisible()
  }

  /** Opens the edit form of one resource in place, changes it and saves. */
  async edit(title: string, change: Partial<ResourceFields>, topics: string[] = []) {
    await this.item(title).getByTestId('resource-edit').click()
    await expect(this.page.getByTestId('resource-edit-form')).toBeVisible()
    await this.fill(change, topics)
    await this.page.getByTestId('resource-edit-form').getByTestId('resource-save').click()
    await expect(this.page.getByTestId('resource-edit-form')).toHaveCount(0)
  }

  item = (title: string) => this.page.getByTestId('resource-item').filter({ hasText: title })

  async whoFits(title: string) {
    await this.item(title).getByTestId('resource-who').click()
  }

  match = (title: string, name: string) => this.item(title).getByTestId('resource-match').filter({ hasText: name })

  async share(title: string, name: string) {
    await this.match(title, name).getByTestId('resource-share').click()
    await expect(this.page.getByTestId('followup-screen')).toBeVisible()
  }

  async delete(title: string) {
    await this.item(title).getByTestId('resource-delete').click()
    await expect(this.page.getByTestId('resource-trashed')).toBeVisible()
    await expect(this.item(title)).toHaveCount(0)
  }

  async showDeleted() {
    await this.page.getByTestId('resources-show-deleted').click()
    await expect(this.page.getByTestId('resources-show-deleted')).toHaveAttribute('aria-pressed', 'true')
  }

  async showLibrary() {
    await this.page.getByTestId('resources-show-library').click()
    await expect(this.page.getByTestId('resources-show-library')).toHaveAttribute('aria-pressed', 'true')
  }
}
