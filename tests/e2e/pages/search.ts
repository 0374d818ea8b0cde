import { expect, type Page } from '@playwright/test'

/** The search palette as a user sees it. */
export class SearchPalette {
  constructor(readonly page: Page) {}

  dialog = () => this.page.getByTestId('search-palette')
  input = () => this.page.getByTestId('search-input')
  hits = () => this.page.getByTestId('search-hit')
  selected = () => this.page.locator('[role="option"][aria-selected="true"]')

  /** Ctrl+K from wherever the focus is; the box has the focus. */
  async open() {
    await this.page.keyboard.press('Control+K')
    await expect(this.dialog()).toBeVisible()
    await expect(this.input()).toBeFocused()
  }

  /** Types, and waits until the answer for exactly this text is listed. */
  async type(text: string, hits: number) {
    await this.input().fill(text)
    await expect(this.page.getByTestId('search-status')).not.toHaveText('')
    await expect(this.hits()).toHaveCount(hits)
  }

  async press(key: string) {
    await this.input().press(key)
  }
}
