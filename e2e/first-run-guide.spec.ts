// The first-run guide: a new owner sees five steps on the first screens, each leading where it is
// done and ticked from what the app really holds; it goes once the first campaign runs, or when
// closed. In Russian and in English, at 1366×768.
import { expect, test, type Page } from '@playwright/test'
import type { Campaign } from '../src/shared/campaigns'
import type { ContactPage } from '../src/shared/contacts'
import { AppPage } from './support/app-page'
import { callHost, importCsv } from './support/host-api'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'
import { listOfEveryone, saveShopNumber, tuesdayMorning, twoCustomers } from './support/shop'
import { pageShot } from './support/shots'

const texts = {
  ru: {
    guide: 'С чего начать',
    progress: (n: number) => `Сделано ${String(n)} из 5`,
    consent: /Отметьте согласие/,
    sender: /Добавьте номер/,
    campaign: /Запустите рассылку/,
    consentFilter: 'Фильтр по согласию',
    unknown: 'Согласие неизвестно',
    settings: 'Настройки',
    composer: 'Новая рассылка',
    close: 'Скрыть подсказку',
    contacts: 'Контакты',
  },
  en: {
    guide: 'Getting started',
    progress: (n: number) => `${String(n)} of 5 done`,
    consent: /Mark who agreed/,
    sender: /Add your number/,
    campaign: /Start your first campaign/,
    consentFilter: 'Filter by consent',
    unknown: 'Consent unknown',
    settings: 'Settings',
    composer: 'New campaign',
    close: 'Hide this guide',
    contacts: 'Contacts',
  },
} as const

let host: HostProcess
test.afterEach(async () => {
  await host.stop()
})

async function open(page: Page, lang: 'ru' | 'en') {
  host = await startHostProcess({ dataDir: newDataDir(), lang, clockStart: tuesdayMorning })
  await page.setViewportSize({ width: 1366, height: 768 })
  const app = new AppPage(page)
  await app.open(host.pageUrl)
  return app
}

for (const lang of ['ru', 'en'] as const) {
  const t = texts[lang]

  test(`the guide ticks each step from real data and goes once a campaign runs (${lang})`, async ({
    page,
  }) => {
    const app = await open(page, lang)
    const guide = page.getByRole('region', { name: t.guide })
    await expect(guide.getByText(t.progress(0))).toBeVisible()
    await pageShot(page, `first-run-empty-${lang}`)

    // Customers without a word about consent: the first step is ticked, consent is next.
    await importCsv(host, twoCustomers.replace(/;да/g, ';'), 'клиенты.csv')
    await expect(guide.getByText(t.progress(1))).toBeVisible()
    await expect(guide.getByRole('button', { name: t.consent })).toHaveAttribute(
      'aria-current',
      'step',
    )
    await pageShot(page, `first-run-imported-${lang}`)

    // Consent leads to the people whose consent is not known.
    await guide.getByRole('button', { name: t.consent }).click()
    await expect(page.getByRole('combobox', { name: t.consentFilter })).toHaveValue('unknown')
    await expect(page.getByRole('combobox', { name: t.consentFilter })).toContainText(t.unknown)

    await guide.getByRole('button', { name: t.sender }).click()
    await expect(app.heading(t.settings)).toBeVisible()

    const people = await callHost<ContactPage>(host, 'contacts.query', {})
    for (const row of people.rows) {
      await callHost(host, 'contacts.update', { id: row.id, consent: 'granted' })
    }
    const shop = await saveShopNumber(host)
    const list = await listOfEveryone(host, 'Все')
    await app.goTo(t.contacts)
    await expect(guide.getByText(t.progress(4))).toBeVisible()
    await pageShot(page, `first-run-four-done-${lang}`)

    await guide.getByRole('button', { name: t.campaign }).click()
    await expect(app.heading(t.composer)).toBeVisible()

    const campaign = await callHost<Campaign>(host, 'campaigns.save', {
      name: 'Весна',
      senderId: shop.id,
      listIds: [list.id],
      text: 'Здравствуйте, {{first_name}}!',
    })
    // A draft is no campaign yet: the guide is still there, until the campaign starts.
    await app.goTo(t.contacts)
    await expect(guide.getByText(t.progress(4))).toBeVisible()
    await callHost(host, 'campaigns.start', { id: campaign.id })
    await expect(guide).toBeHidden()
  })

  test(`the guide can be closed, and stays closed (${lang})`, async ({ page }) => {
    const app = await open(page, lang)
    const guide = page.getByRole('region', { name: t.guide })
    await guide.getByRole('button', { name: t.close }).click()
    await expect(guide).toBeHidden()
    // The app opened again in the same window (a restart of the desktop app keeps its storage).
    await app.open(host.pageUrl)
    await expect(page.getByRole('heading', { name: t.contacts, exact: true })).toBeVisible()
    await expect(guide).toBeHidden()
  })
}
