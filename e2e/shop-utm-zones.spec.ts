// Issue 16, words for the owner: {{shop}} from Settings (never sent with a gap), the UTM option
// on by default only when the owner said the site has analytics, placeholders and time zones
// in words («Название магазина», «Москва, GMT+3»), in Russian and in English.
import { expect, test, type Page } from '@playwright/test'
import type { Campaign } from '../src/shared/campaigns'
import { AppPage } from './support/app-page'
import { callHost, importCsv } from './support/host-api'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'
import { listOfEveryone, saveShopNumber, tuesdayMorning, twoCustomers } from './support/shop'
import { hideToasts, pageShot, shot } from './support/shots'

const texts = {
  ru: {
    campaigns: 'Рассылки',
    settings: 'Настройки',
    newCampaign: 'Новая рассылка',
    message: 'Сообщение',
    shopButton: 'Название магазина',
    shopMissing: /В тексте есть название магазина, а в настройках оно не указано/,
    goToShopName: 'Указать название',
    utm: 'Отмечать ссылки для статистики (UTM)',
    utmHint: /добавится utm_source=whatsapp/,
    utmNoAnalytics: /веб-аналитики на сайте нет, поэтому метки выключены/,
    start: 'Запустить',
    refused: /В сообщении есть название магазина, а в настройках оно не указано/,
    shopName: 'Название магазина',
    save: 'Сохранить',
    saved: 'Настройки сохранены',
    analytics: 'Пользуетесь ли вы веб-аналитикой на сайте (Яндекс Метрика, Google Analytics)?',
    yes: 'Да',
    shop: 'Цветы на Садовой',
    edit: 'Изменить',
    senderDialog: 'Номер «Магазин на Садовой»',
    timeZone: 'Часовой пояс',
    moscow: 'Москва, GMT+3',
  },
  en: {
    campaigns: 'Campaigns',
    settings: 'Settings',
    newCampaign: 'New campaign',
    message: 'Message',
    shopButton: 'Shop name',
    shopMissing: /The text names your shop, but Settings has no shop name/,
    goToShopName: 'Enter the name',
    utm: 'Tag links for analytics (UTM)',
    utmHint: /get utm_source=whatsapp/,
    utmNoAnalytics: /Settings say your site has no web analytics, so tags are off/,
    start: 'Start',
    refused: /The message names your shop, but Settings has no shop name/,
    shopName: 'Shop name',
    save: 'Save',
    saved: 'Settings saved',
    analytics: 'Do you use web analytics on your site (Google Analytics, Yandex Metrica)?',
    yes: 'Yes',
    shop: 'Garden Street Flowers',
    edit: 'Edit',
    senderDialog: 'Number “Магазин на Садовой”',
    timeZone: 'Time zone',
    moscow: 'Moscow, GMT+3',
  },
} as const

let host: HostProcess | undefined
test.afterEach(async () => {
  await host?.stop()
})

for (const lang of ['ru', 'en'] as const) {
  const text = texts[lang]

  async function newComposer(page: Page, app: AppPage) {
    // From another section the link returns to the campaign left open; inside, to the list.
    await app.goTo(text.campaigns)
    await app.goTo(text.campaigns)
    await page.getByRole('button', { name: text.newCampaign }).first().click()
    await expect(page.getByRole('textbox', { name: text.message })).toBeVisible()
  }

  test(`{{shop}}, UTM by the analytics answer, zones in words (${lang})`, async ({ page }) => {
    host = await startHostProcess({ dataDir: newDataDir(), lang, clockStart: tuesdayMorning })
    await importCsv(host, twoCustomers, 'клиенты.csv')
    const list = await listOfEveryone(host, 'Постоянные')
    const sender = await saveShopNumber(host)
    const draft = await callHost<Campaign>(host, 'campaigns.save', {
      name: 'Весна',
      senderId: sender.id,
      listIds: [list.id],
      text: '{{first_name|Здравствуйте}}, это {{shop}}: весенние скидки',
    })
    const app = new AppPage(page)
    await app.open(host.pageUrl)
    await hideToasts(page)

    // A new campaign, the owner not having said the site has analytics: no UTM, and why.
    await newComposer(page, app)
    const utm = page.getByRole('switch', { name: text.utm })
    await expect(utm).not.toBeChecked()
    await expect(utm).toHaveAccessibleDescription(text.utmHint)
    await expect(page.getByText(text.utmNoAnalytics)).toBeVisible()
    // The insert button says what it puts in, in words; the text keeps the syntax.
    const shopButton = page.getByRole('button', { name: text.shopButton, exact: true })
    await expect(shopButton).toHaveAttribute('title', text.shopButton)
    await shopButton.click()
    await expect(page.getByRole('textbox', { name: text.message })).toHaveValue('{{shop}}')
    await expect(page.getByText(text.shopMissing)).toBeVisible()
    await pageShot(page, `h4-composer-shop-missing-${lang}`)

    // The draft naming {{shop}} cannot start while Settings has no name: the refusal says why.
    await expect(callHost(host, 'campaigns.start', { id: draft.id })).rejects.toThrow(
      /shop_name_missing/,
    )
    await app.goTo(text.campaigns)
    await page.getByText('Весна', { exact: true }).first().click()
    await expect(page.getByText(text.shopMissing)).toBeVisible()
    await page.getByRole('button', { name: text.start, exact: true }).click()
    const modal = page.getByRole('dialog')
    await modal.getByRole('button', { name: text.start, exact: true }).click()
    await expect(modal.getByText(text.refused)).toBeVisible()
    await shot(modal, `h4-start-refused-${lang}`)
    await page.keyboard.press('Escape')
    await expect(modal).toBeHidden()

    // The composer's button takes the owner to Settings, where the name and the answer go.
    await page.getByRole('button', { name: text.goToShopName }).click()
    await page.getByLabel(text.shopName, { exact: true }).fill(text.shop)
    await page.getByRole('button', { name: text.save, exact: true }).click()
    await expect(page.getByText(text.saved)).toBeVisible()
    const analytics = page.getByRole('radiogroup', { name: text.analytics })
    await expect(analytics.getByRole('radio', { name: text.yes })).not.toBeChecked()
    await analytics.getByRole('radio', { name: text.yes }).check()
    await expect(analytics.getByRole('radio', { name: text.yes })).toBeChecked()
    await expect(page.getByText(text.moscow, { exact: false }).first()).toBeVisible()
    await pageShot(page, `h4-settings-${lang}`)

    // The number's dialog shows its zone in words, and the search still finds it by its id.
    await page.getByRole('button', { name: text.edit }).first().click()
    const dialog = page.getByRole('dialog', { name: text.senderDialog })
    const zone = dialog.getByRole('combobox', { name: text.timeZone })
    await expect(zone).toHaveValue(text.moscow)
    await zone.scrollIntoViewIfNeeded()
    await shot(dialog, `h4-sender-dialog-${lang}`)
    await zone.click()
    await zone.fill('Europe/Mos')
    await expect(page.getByRole('option', { name: text.moscow })).toBeVisible()
    // Only Moscow is left of the zones (every zone's words carry its offset).
    await expect(page.getByRole('option', { name: /GMT/ })).toHaveCount(1)
    await shot(page, `h4-sender-zone-search-${lang}`)
    await page.keyboard.press('Escape')
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()

    // Now a new campaign tags its links by default, and {{shop}} needs nothing more.
    await newComposer(page, app)
    await expect(page.getByRole('switch', { name: text.utm })).toBeChecked()
    await expect(page.getByText(text.utmNoAnalytics)).toBeHidden()
    await page.getByRole('button', { name: text.shopButton, exact: true }).click()
    await expect(page.getByText(text.shopMissing)).toBeHidden()
    await pageShot(page, `h4-composer-utm-${lang}`)

    // And the draft starts, its message carrying the shop's name.
    await callHost(host, 'campaigns.start', { id: draft.id })
    const started = await callHost<{ task: { text: string } | null }>(host, 'campaigns.get', {
      id: draft.id,
    })
    expect(started.task?.text).toContain(`это ${text.shop}: весенние скидки`)
  })
}
