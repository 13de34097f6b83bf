// One WhatsApp number is one sender: adding it again in another spelling is refused with the name
// of the sender that has it, and a number deleted after it sent comes back with its history.
import { expect, test, type Page } from '@playwright/test'
import type { Campaign, CampaignDetail } from '../src/shared/campaigns'
import { AppPage } from './support/app-page'
import { callHost, importCsv } from './support/host-api'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'
import { shot } from './support/shots'
import { listOfEveryone, saveShopNumber, tuesdayMorning, twoCustomers } from './support/shop'

let host: HostProcess | undefined
test.use({ timezoneId: 'Europe/Moscow' })
test.afterEach(async () => {
  await host?.stop()
})

const words = {
  ru: {
    settings: 'Настройки',
    add: 'Добавить номер',
    dialog: 'Новый номер для рассылки',
    label: 'Название',
    phone: 'Номер WhatsApp магазина',
    longAgo: 'Год назад или раньше',
    save: 'Сохранить',
    taken: 'Этот номер уже добавлен: «Магазин на Ленина».',
    tooShort: 'В номере не хватает цифр.',
    pastSends:
      'Этот номер уже отправлял сообщения из Рупора: его ограничения учитывают прошлые отправки.',
  },
  en: {
    settings: 'Settings',
    add: 'Add a number',
    dialog: 'New sending number',
    label: 'Name',
    phone: "The shop's WhatsApp number",
    longAgo: 'A year ago or earlier',
    save: 'Save',
    taken: 'This number is already added as “Магазин на Ленина”.',
    tooShort: 'The number is missing some digits.',
    pastSends: 'This number has sent messages from Rupor before: its limits count those sends.',
  },
} as const

async function addNumber(page: Page, lang: 'ru' | 'en', label: string, phone: string) {
  const w = words[lang]
  await page.getByRole('button', { name: w.add }).click()
  const dialog = page.getByRole('dialog', { name: w.dialog })
  await dialog.getByRole('textbox', { name: w.label }).fill(label)
  await dialog.getByRole('textbox', { name: w.phone }).fill(phone)
  await dialog.getByRole('radio', { name: w.longAgo }).check()
  await dialog.getByRole('button', { name: w.save }).click()
  return dialog
}

for (const lang of ['ru', 'en'] as const) {
  test(`adding a number that is already there in another spelling is refused, naming it (${lang})`, async ({
    page,
  }) => {
    const w = words[lang]
    host = await startHostProcess({ dataDir: newDataDir(), lang })
    await saveShopNumber(host, { label: 'Магазин на Ленина', phone: '+7 903 000-00-18' })
    const app = new AppPage(page)
    await app.open(host.pageUrl)
    await app.goTo(w.settings)

    const dialog = await addNumber(page, lang, 'Второй магазин', '8 (903) 000-00-18')
    await expect(dialog.getByText(w.taken)).toBeVisible()
    await expect(dialog.getByRole('textbox', { name: w.phone })).toHaveAttribute(
      'aria-invalid',
      'true',
    )
    await shot(dialog, `sender-number-taken-${lang}`)
    // Still one number, under its first name.
    const senders = await callHost<{ label: string }[]>(host, 'senders.list', {})
    expect(senders.map((s) => s.label)).toEqual(['Магазин на Ленина'])
  })

  test(`a number with too few digits is refused in words, not as a code (${lang})`, async ({
    page,
  }) => {
    const w = words[lang]
    host = await startHostProcess({ dataDir: newDataDir(), lang })
    const app = new AppPage(page)
    await app.open(host.pageUrl)
    await app.goTo(w.settings)
    const dialog = await addNumber(page, lang, 'Магазин', '903 12')
    await expect(dialog.getByText(w.tooShort)).toBeVisible()
    await expect(dialog.getByText(/too_short|phone:/)).toHaveCount(0)
    await expect(dialog.getByRole('textbox', { name: w.phone })).toHaveAttribute(
      'aria-invalid',
      'true',
    )
    await shot(dialog, `sender-number-too-short-${lang}`)
  })

  test(`a number deleted after it sent comes back with its history, and says so (${lang})`, async ({
    page,
  }) => {
    const w = words[lang]
    const shop = await startHostProcess({
      dataDir: newDataDir(),
      lang,
      timeScale: 60,
      clockStart: tuesdayMorning,
    })
    host = shop
    await importCsv(host, twoCustomers, 'клиенты.csv')
    const list = await listOfEveryone(host, 'Все')
    const sender = await saveShopNumber(host, {
      label: 'Магазин на Ленина',
      phone: '+7 903 000-00-18',
    })
    const campaign = await callHost<Campaign>(host, 'campaigns.save', {
      name: 'Декабрь',
      senderId: sender.id,
      listIds: [list.id],
      text: 'Здравствуйте!',
    })
    await callHost(host, 'campaigns.start', { id: campaign.id })
    // The first message goes at the start; the owner says it was sent.
    await expect
      .poll(
        async () =>
          (await callHost<CampaignDetail>(shop, 'campaigns.get', { id: campaign.id })).task
            ?.itemId ?? null,
      )
      .not.toBeNull()
    const { task } = await callHost<CampaignDetail>(host, 'campaigns.get', { id: campaign.id })
    await callHost(host, 'campaigns.confirm', { itemId: task?.itemId, outcome: 'sent' })
    await callHost(host, 'campaigns.cancel', { id: campaign.id })
    await callHost(host, 'campaigns.delete', { id: campaign.id })
    await callHost(host, 'senders.delete', { id: sender.id })

    const app = new AppPage(page)
    await app.open(host.pageUrl)
    await app.goTo(w.settings)
    const dialog = await addNumber(page, lang, 'Ленина, 5', '8 903 000 00 18')
    await expect(dialog).toBeHidden()
    const notice = page.getByText(w.pastSends)
    await expect(notice).toBeVisible()
    await shot(page, `sender-number-back-${lang}`)
    const [back] = await callHost<{ id: number; label: string }[]>(host, 'senders.list', {})
    expect(back).toEqual(expect.objectContaining({ id: sender.id, label: 'Ленина, 5' }))
  })
}
