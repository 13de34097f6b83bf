import { expect, test } from '@playwright/test'
import { AppPage } from './support/app-page'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'

let host: HostProcess | undefined
test.afterEach(async () => {
  await host?.stop()
})

test('settings saved in the UI survive a restart of the host, on the same database file', async ({
  page,
}) => {
  const dataDir = newDataDir()
  host = await startHostProcess({ dataDir, lang: 'ru' })
  const app = new AppPage(page)
  await app.open(host.pageUrl)
  await app.goTo('Настройки')

  await page.getByLabel('Название магазина').fill('Цветы на Садовой')
  await page.getByLabel('Страна по умолчанию').selectOption('KZ')
  await page.getByRole('button', { name: 'Сохранить', exact: true }).click()
  await expect(page.getByText('Настройки сохранены')).toBeVisible()

  // The consent rule is saved the moment it is switched.
  await page.getByLabel('Писать и тем, чьё согласие неизвестно').check()
  await expect(page.getByLabel('Писать и тем, чьё согласие неизвестно')).toBeEnabled()

  // Switching the language applies at once and is remembered too.
  await page.getByLabel('English').check()
  await expect(app.nav.getByRole('link', { name: 'Settings' })).toBeVisible()

  await host.stop()
  host = await startHostProcess({ dataDir, lang: 'ru' })
  await app.open(host.pageUrl)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await app.goTo('Settings')
  await expect(page.getByLabel('Shop name')).toHaveValue('Цветы на Садовой')
  await expect(page.getByLabel('Default country')).toHaveValue('KZ')
  await expect(page.getByLabel('Also write to people whose consent is unknown')).toBeChecked()
  await expect(page.getByLabel('Data folder')).toHaveValue(dataDir)
})

test('a shop name over 80 characters is refused with a message, and nothing is saved', async ({
  page,
}) => {
  host = await startHostProcess({ dataDir: newDataDir(), lang: 'en' })
  const app = new AppPage(page)
  await app.open(host.pageUrl)
  await app.goTo('Settings')
  // Past the field's own limit, to see the core refuse it (the e2e config has no DOM types).
  await page.getByLabel('Shop name').waitFor()
  await page.evaluate("document.querySelector('input[maxlength]')?.removeAttribute('maxlength')")
  await expect(page.getByLabel('Shop name')).not.toHaveAttribute('maxlength')
  await page.getByLabel('Shop name').fill('x'.repeat(81))
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByText('The name can be at most 80 characters long.')).toBeVisible()
  await page.reload()
  await app.goTo('Settings')
  await expect(page.getByLabel('Shop name')).toHaveValue('')
})
