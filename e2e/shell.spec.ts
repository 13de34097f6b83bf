import { expect, test } from '@playwright/test'
import { AppPage } from './support/app-page'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'

let host: HostProcess
test.afterEach(async () => {
  await host.stop()
})

const languages = {
  ru: {
    sections: ['Контакты', 'Списки рассылки', 'Рассылки', 'Настройки'],
    contactsEmpty: 'Пока нет ни одного контакта',
    listsEmpty: 'Списков рассылки пока нет',
    campaignsEmpty: 'Рассылок пока нет',
    toContacts: 'Перейти к контактам',
  },
  en: {
    sections: ['Contacts', 'Broadcast lists', 'Campaigns', 'Settings'],
    contactsEmpty: 'No contacts yet',
    listsEmpty: 'No broadcast lists yet',
    campaignsEmpty: 'No campaigns yet',
    toContacts: 'Go to Contacts',
  },
} as const

for (const [lang, text] of Object.entries(languages)) {
  test(`the shell speaks ${lang} and every section explains its first step`, async ({ page }) => {
    host = await startHostProcess({ dataDir: newDataDir(), lang: lang as 'ru' | 'en' })
    const app = new AppPage(page)
    await app.open(host.pageUrl)
    await expect(page.locator('html')).toHaveAttribute('lang', lang)
    for (const section of text.sections) {
      await expect(app.nav.getByRole('link', { name: section, exact: true })).toBeVisible()
    }
    await expect(app.heading(text.contactsEmpty)).toBeVisible()
    await app.goTo(text.sections[2])
    await expect(app.heading(text.campaignsEmpty)).toBeVisible()
    await app.goTo(text.sections[1])
    await expect(app.heading(text.listsEmpty)).toBeVisible()
    await page.getByRole('button', { name: text.toContacts }).click()
    await expect(app.heading(text.contactsEmpty)).toBeVisible()
    // The token was taken from the address and is no longer shown in it.
    expect(page.url()).not.toContain(host.token)
  })
}

test('a page opened without the token explains how to open Rupor instead of showing a blank page', async ({
  page,
}) => {
  host = await startHostProcess({ dataDir: newDataDir(), lang: 'en' })
  await page.goto(`${host.origin}/`)
  await expect(page.getByRole('heading')).toContainText(/Rupor/)
  await expect(page.getByRole('navigation')).toHaveCount(0)
})
