import type { Page } from '@playwright/test'

/** The small page object the e2e tests share: sections by their visible names. */
export class AppPage {
  constructor(readonly page: Page) {}

  get nav() {
    return this.page.getByRole('navigation')
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url)
    await this.nav.waitFor()
  }

  async goTo(sectionName: string): Promise<void> {
    await this.nav.getByRole('link', { name: sectionName, exact: true }).click()
  }

  heading(name: string) {
    return this.page.getByRole('heading', { name })
  }
}
