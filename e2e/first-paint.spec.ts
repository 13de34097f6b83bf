// The first screen's shortcuts (early calls, English texts fetched on demand, lazy book parts) must
// never show something stale, a blank page or an error out of sight.
import { expect, test } from '@playwright/test'
import { AppPage } from './support/app-page'
import { callHost, importCsv } from './support/host-api'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'
import { shellTexts } from './support/shell-texts'
import { pageShot } from './support/shots'

let host: HostProcess
test.afterEach(async () => {
  await host.stop()
})

const languages = {
  ru: {
    ...shellTexts.ru,
    importContacts: 'Импорт контактов',
  },
  en: {
    ...shellTexts.en,
    importContacts: 'Import contacts',
  },
} as const

for (const [lang, text] of Object.entries(languages)) {
  test(`an import dialog whose code cannot be fetched says so in sight, and opens when tried again (${lang})`, async ({
    page,
  }) => {
    host = await startHostProcess({ dataDir: newDataDir(), lang: lang as 'ru' | 'en' })
    await page.route('**/assets/ImportDialog-*.js', (route) => route.abort())
    const app = new AppPage(page)
    await app.open(host.pageUrl)
    await expect(app.heading(text.contactsEmpty)).toBeVisible()
    await page.getByRole('button', { name: text.importContacts, exact: true }).click()
    const alert = page.getByRole('alert').filter({ hasText: text.unreachable })
    await expect(alert).toBeInViewport()
    await pageShot(page, `part-unreachable-${lang}`)
    await page.unroute('**/assets/ImportDialog-*.js')
    await alert.getByRole('button', { name: text.retry }).click()
    await expect(page.getByRole('dialog')).toBeVisible()
    await expect(alert).toHaveCount(0)
  })
}

test('an English owner whose English texts cannot be fetched is told so, in English, and can try again', async ({
  page,
}) => {
  host = await startHostProcess({ dataDir: newDataDir(), lang: 'en' })
  await page.route('**/assets/en-*.js', (route) => route.abort())
  await page.goto(host.pageUrl)
  await expect(page.getByRole('alert')).toContainText('Could not load the app’s texts')
  await pageShot(page, 'texts-unavailable-en')
  await page.unroute('**/assets/en-*.js')
  await page.getByRole('button', { name: 'Try again' }).click()
  const app = new AppPage(page)
  await expect(app.heading(languages.en.contactsEmpty)).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
})

test('a rename made while the page is loading shows the new name', async ({ page }) => {
  host = await startHostProcess({ dataDir: newDataDir(), lang: 'en' })
  const running = host
  await importCsv(running, 'name,phone\nAnna Old,+79161234567\nBoris,+79161234568\n')
  const before = await callHost<{ rows: { id: number; name: string }[] }>(
    running,
    'contacts.query',
    {
      limit: 10,
    },
  )
  const anna = before.rows.find((row) => row.name.includes('Anna'))
  if (!anna) throw new Error('Anna was not imported.')
  // The settings come back late; meanwhile another window renames Anna, before the book subscribes.
  await page.route('**/api/settings.get', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800))
    await callHost(running, 'contacts.update', { id: anna.id, name: 'Anna NEW' })
    await new Promise((resolve) => setTimeout(resolve, 300))
    await route.continue()
  })
  const app = new AppPage(page)
  await app.open(running.pageUrl)
  await expect(page.getByText('Anna NEW')).toBeVisible()
  await expect(page.getByText('Anna Old')).toHaveCount(0)
})

test('after a failed start, "Try again" asks for the book anew', async ({ page }) => {
  host = await startHostProcess({ dataDir: newDataDir(), lang: 'en' })
  await page.route('**/api/settings.get', (route) => route.abort())
  await page.route('**/api/contacts.query', (route) => route.abort())
  await page.goto(host.pageUrl)
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible()
  await page.unroute('**/api/settings.get')
  await page.unroute('**/api/contacts.query')
  await page.getByRole('button', { name: 'Try again' }).click()
  const app = new AppPage(page)
  await expect(app.heading(languages.en.contactsEmpty)).toBeVisible()
})

test('picking English whose texts cannot be fetched says so and keeps the choice unsaved', async ({
  page,
}) => {
  host = await startHostProcess({ dataDir: newDataDir(), lang: 'ru' })
  const app = new AppPage(page)
  await app.open(host.pageUrl)
  await app.goTo('Настройки')
  await page.route('**/assets/en-*.js', (route) => route.abort())
  // click, not check: the radio goes back to the saved choice when the texts do not come.
  await page.getByLabel('English').click()
  await expect(page.getByRole('alert')).toContainText('Could not load the app’s texts')
  await pageShot(page, 'settings-texts-unavailable')
  const settings = await callHost<{ language: string | null }>(host, 'settings.get', {})
  expect(settings.language).toBeNull()
  await page.unroute('**/assets/en-*.js')
  await page.getByRole('button', { name: 'Try again' }).click()
  await expect(app.nav.getByRole('link', { name: 'Settings' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
})
