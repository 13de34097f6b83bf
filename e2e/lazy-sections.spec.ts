// The first screen carries only the contact book's code; every other section fetches its own the
// first time it is opened (src/renderer/src/app/section-pages.ts), showing a loader meanwhile.
import { expect, test } from '@playwright/test'
import { AppPage } from './support/app-page'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'
import { shellTexts } from './support/shell-texts'
import { pageShot, shotsDir } from './support/shots'

let host: HostProcess
test.afterEach(async () => {
  await host.stop()
})

const languages = {
  ru: {
    ...shellTexts.ru,
    campaigns: 'Рассылки',
    campaignsEmpty: 'Рассылок пока нет',
  },
  en: {
    ...shellTexts.en,
    campaigns: 'Campaigns',
    campaignsEmpty: 'No campaigns yet',
  },
} as const

for (const [lang, text] of Object.entries(languages)) {
  test(`a section not yet opened fetches its code, with a loader until it arrives (${lang})`, async ({
    page,
  }) => {
    host = await startHostProcess({ dataDir: newDataDir(), lang: lang as 'ru' | 'en' })
    const app = new AppPage(page)
    await app.open(host.pageUrl)
    await expect(app.heading(text.contactsEmpty)).toBeVisible()

    // From here on, scripts are held back until the loader has been seen.
    let release = () => {}
    const gate = new Promise<void>((resolve) => (release = resolve))
    let held = 0
    await page.route('**/*.js', async (route) => {
      held += 1
      await gate
      await route.continue()
    })
    await app.goTo(text.campaigns)
    const loader = page.getByRole('status')
    await expect(loader).toBeVisible()
    await expect.poll(() => held).toBeGreaterThan(0)
    await page.screenshot({
      path: `${shotsDir}/section-loading-${lang}.png`,
      animations: 'disabled',
    })

    release()
    await expect(app.heading(text.campaignsEmpty)).toBeVisible()
    await expect(loader).toHaveCount(0)
    await page.screenshot({ path: `${shotsDir}/section-loaded-${lang}.png` })
  })
}

for (const [lang, text] of Object.entries(languages)) {
  test(`a section whose code cannot be fetched says so and loads when tried again (${lang})`, async ({
    page,
  }) => {
    host = await startHostProcess({ dataDir: newDataDir(), lang: lang as 'ru' | 'en' })
    const app = new AppPage(page)
    await app.open(host.pageUrl)
    await expect(app.heading(text.contactsEmpty)).toBeVisible()

    // As if the host had stopped after the page opened: no more code arrives.
    await page.route('**/*.js', (route) => route.abort())
    await app.goTo(text.campaigns)
    await expect(page.getByRole('alert')).toContainText(text.unreachable)
    await pageShot(page, `section-unreachable-${lang}`)
    // The sidebar still works: the window is not blank.
    await expect(app.nav.getByRole('link', { name: text.campaigns, exact: true })).toBeVisible()

    await page.unroute('**/*.js')
    await page.getByRole('button', { name: text.retry }).click()
    await expect(app.heading(text.campaignsEmpty)).toBeVisible()
  })
}
