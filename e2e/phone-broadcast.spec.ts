// A phone broadcast (one list message from WhatsApp Business on the owner's phone): composed with
// «Как отправить», a per-person placeholder named in a warning, the text shown for the phone as a
// QR code the camera reads as text and a copy button, recorded «Отправлено в рассылку … в …»,
// then seen in the results, in the number's limits, and a reply marked. In Russian and English.
import { expect, test, type Page } from '@playwright/test'
import jsQR from 'jsqr'
import type { SenderUsage } from '../src/shared/senders'
import { AppPage } from './support/app-page'
import { callHost, importCsv } from './support/host-api'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'
import { listOnThePhone, saveShopNumber } from './support/shop'
import { hideToasts, pageShot, shot } from './support/shots'

const texts = {
  ru: {
    campaigns: 'Рассылки',
    newCampaign: 'Новая рассылка',
    name: 'Название',
    to: 'Кому',
    message: 'Сообщение',
    phoneWay: 'Рассылкой с телефона (WhatsApp Business)',
    personal: /подстановки не заполнятся.*\{\{first_name\}\}/,
    next: 'Далее: отправить с телефона',
    panel: 'Отправить с телефона',
    people: 'Людей в рассылке «Весна» на телефоне: 3',
    copy: 'Скопировать текст',
    copied: 'Текст скопирован',
    record: /^Отправлено в рассылку «Весна» в \d\d:\d\d$/,
    recorded: /Отправлено в рассылку «Весна»/,
    channel: 'Как отправлено: Рассылка с телефона — 3',
    items: 'Получатели',
    replyOf: 'Ответ: Анна Петрова',
    replied: 'Ответил(а)',
    repliesLine: /Ответили: 1/,
    outsideHours: /Сейчас у номера нерабочие часы/,
  },
  en: {
    campaigns: 'Campaigns',
    newCampaign: 'New campaign',
    name: 'Name',
    to: 'To whom',
    message: 'Message',
    phoneWay: 'As a broadcast list from the phone (WhatsApp Business)',
    personal: /placeholders are not filled in.*\{\{first_name\}\}/,
    next: 'Next: send from the phone',
    panel: 'Send from the phone',
    people: 'People on the broadcast list “Весна” on the phone: 3',
    copy: 'Copy the text',
    copied: 'Text copied',
    record: /^Sent to the broadcast list “Весна” at \d{1,2}:\d\d[\s\u202f][AP]M$/,
    recorded: /Sent to the broadcast list “Весна”/,
    channel: 'Sent as: Phone broadcast list — 3',
    items: 'Recipients',
    replyOf: 'Reply: Анна Петрова',
    replied: 'Replied',
    repliesLine: /Replied: 1/,
    outsideHours: /The number’s sending hours are closed now/,
  },
} as const

const customers = [
  'ФИО;Телефон;Согласие',
  'Анна Петрова;8 916 111-11-11;да',
  'Борис Иванов;8 916 222-22-22;да',
  'Вера Кузнецова;8 916 333-33-33;да',
  'Галина Орлова;8 916 444-44-44;да',
].join('\n')

const message = 'Весенние тюльпаны уже в магазине! Ждём вас до 20:00.'

let host: HostProcess
test.afterEach(async () => {
  await host.stop()
})

/** The QR code on the page, decoded as the phone's camera would. */
async function decodeQr(page: Page): Promise<string | undefined> {
  // A string: the e2e project has no DOM types.
  const pixels = await page.evaluate<{
    width: number
    height: number
    data: number[]
  } | null>(`(async () => {
    const image = document.querySelector('[data-testid="list-message-qr"]')
    if (!image) return null
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = image.naturalWidth
    canvas.height = image.naturalHeight
    const context = canvas.getContext('2d')
    context.drawImage(image, 0, 0)
    const data = context.getImageData(0, 0, canvas.width, canvas.height)
    return { width: data.width, height: data.height, data: Array.from(data.data) }
  })()`)
  if (!pixels) return undefined
  return jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height)?.data
}

for (const lang of ['ru', 'en'] as const) {
  const t = texts[lang]

  test(`a list message goes to the phone as a QR code and a copy, is recorded, and shows in results and limits (${lang})`, async ({
    page,
  }) => {
    // The real clock: the time field defaults to the computer's now, as the owner's would.
    host = await startHostProcess({ dataDir: newDataDir(), lang })
    await importCsv(host, customers, 'клиенты.csv')
    const sender = await saveShopNumber(host)
    // Three of the four are on the phone's broadcast list (Галина is not yet).
    await listOnThePhone(host, sender, {
      name: 'Весна',
      onPhone: ['+79161111111', '+79162222222', '+79163333333'],
    })

    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.setViewportSize({ width: 1366, height: 900 })
    const app = new AppPage(page)
    await app.open(host.pageUrl)
    await app.goTo(t.campaigns)
    await page.getByRole('button', { name: t.newCampaign }).click()
    await page.getByRole('textbox', { name: t.name, exact: true }).fill('Весна')
    await page.getByRole('radio', { name: t.phoneWay }).check()
    await page.getByRole('combobox', { name: t.to }).click()
    await page.getByRole('option', { name: /^Весна/ }).click()
    await page.keyboard.press('Escape')
    // A person's field is named: one text goes to everyone.
    const text = page.getByRole('textbox', { name: t.message })
    await text.fill('Здравствуйте, {{first_name|друг}}! ' + message)
    await expect(page.getByText(t.personal)).toBeVisible()
    await hideToasts(page)
    await pageShot(page, `phone-broadcast-composer-${lang}`)
    await text.fill(message)
    await expect(page.getByText(t.personal)).toBeHidden()
    await page.getByRole('button', { name: t.next }).click()

    // The page: the text for the phone as a QR code that reads back as the text, and a copy.
    const panel = page.getByTestId('phone-broadcast-panel')
    await expect(panel.getByRole('heading', { name: t.panel })).toBeVisible()
    await expect(panel.getByText(t.people)).toBeVisible()
    await expect(panel.getByTestId('list-message-qr')).toBeVisible()
    const decoded = await decodeQr(page)
    expect(decoded).toContain(message)
    expect(decoded).toMatch(lang === 'ru' ? /СТОП/ : /STOP/)
    await panel.getByRole('button', { name: t.copy }).click()
    await expect(panel.getByRole('button', { name: t.copied })).toBeVisible()
    expect(await page.evaluate<string>('navigator.clipboard.readText()')).toBe(decoded)
    await pageShot(page, `phone-broadcast-to-phone-${lang}`)

    // Recorded: three people, by the phone broadcast channel.
    await panel.getByRole('button', { name: t.record }).click()
    await expect(panel.getByText(t.recorded)).toBeVisible()
    await expect(page.getByTestId('channel-summary')).toContainText(t.channel)
    const items = page.getByRole('table', { name: t.items })
    await expect(items.getByRole('row')).toHaveCount(4)

    // The number's limits count it: three active chats, all new.
    const usage = await callHost<SenderUsage>(host, 'senders.usage', { id: sender.id })
    expect(usage).toMatchObject({ activeChats: 3, newChatsLast24h: 3 })

    // Анна replied on the phone.
    await items.getByRole('combobox', { name: t.replyOf }).click()
    await page.getByRole('option', { name: t.replied, exact: true }).click()
    await expect(page.getByTestId('channel-summary')).toContainText(t.repliesLine)
    await hideToasts(page)
    await pageShot(page, `phone-broadcast-recorded-${lang}`)
    await shot(items, `phone-broadcast-replies-${lang}`)
  })

  test(`at night the page says a list message should wait for the number's hours (${lang})`, async ({
    page,
  }) => {
    // 23:30 in Moscow: the number's window (10:00–20:00) is closed.
    const night = '2026-12-01T23:30:00+03:00'
    host = await startHostProcess({ dataDir: newDataDir(), lang, clockStart: night })
    await importCsv(host, customers, 'клиенты.csv')
    const sender = await saveShopNumber(host)
    const list = await listOnThePhone(host, sender, {
      name: 'Весна',
      onPhone: ['+79161111111', '+79162222222'],
      now: Date.parse(night),
    })
    await callHost(host, 'campaigns.save', {
      name: 'Ночная',
      senderId: sender.id,
      listIds: [list.id],
      text: message,
      way: 'phone_broadcast',
    })
    const app = new AppPage(page)
    await app.open(host.pageUrl)
    await app.goTo(t.campaigns)
    await page.getByRole('button', { name: 'Ночная', exact: true }).click()
    const panel = page.getByTestId('phone-broadcast-panel')
    await expect(panel.getByTestId('list-message-qr')).toBeVisible()
    await expect(panel.getByText(t.outsideHours)).toBeVisible()
  })
}
