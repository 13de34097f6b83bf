// A WhatsApp Cloud API number through the UI, against the local Cloud API test server: added with
// its IDs and token (the server's address as a provider's base URL), checked — the account in
// plain words —, a relay's file of webhook events loaded, then blocked by Meta (error 368 on the
// first send) and dealt with in the ban centre. In Russian and in English, with screenshots.
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Locator, type Page } from '@playwright/test'
import type { Campaign } from '../src/shared/campaigns'
import type { CloudTemplate } from '../src/shared/cloud-api'
import type { ContactPage } from '../src/shared/contacts'
import type { ListDetail } from '../src/shared/lists'
import type { Sender } from '../src/shared/senders'
import {
  startCloudApiTestServer,
  type CloudApiTestServer,
} from '../src/main/core/test-support/cloud-api-server'
import { AppPage } from './support/app-page'
import { callHost, importCsv } from './support/host-api'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'
import { shotsDir as shots } from './support/shots'
import { tuesdayMorning as clockStart, twoCustomers as book } from './support/shop'

/** 60× faster: a gap of 30 s–5 min takes 0.5–5 s. */
const timeScale = 60

const texts = {
  ru: {
    settings: 'Настройки',
    blocks: 'Блокировки',
    add: 'Добавить номер',
    newSender: 'Новый номер для рассылки',
    label: 'Название',
    phone: 'Номер WhatsApp магазина',
    longAgo: 'Год назад или раньше',
    timeZone: 'Часовой пояс',
    cloudChannel: /WhatsApp Cloud API \(официальный\)/,
    opener: 'Как открывать WhatsApp',
    phoneNumberId: 'Идентификатор номера (Phone number ID)',
    wabaId: 'Идентификатор аккаунта WhatsApp Business (WABA ID)',
    token: 'Ключ доступа (access token)',
    plainTitle: 'Ключ будет храниться без шифрования',
    edit: 'Изменить',
    editSender: 'Номер «Ромашка»',
    storePlain: 'Сохранить без шифрования',
    dontStore: 'Не сохранять',
    advanced: 'Для опытных',
    baseUrl: 'Адрес сервера',
    save: 'Сохранить',
    digits: 'Только цифры, от 5 до 30 штук.',
    tokenRequired: 'Введите ключ доступа: без него Meta не примет ни одного сообщения.',
    check: 'Проверить подключение',
    names: 'Ромашка · +7 999 000-00-00',
    summary:
      'Можно писать 250 новым людям в сутки · Качество: высокое · ' +
      'Скорость: стандартная (80 сообщений в секунду) · Отправка: доступна',
    unknownTier: 'Meta назвала лимит «TIER_9X», которого Рупор не знает',
    noWebhooks: 'Доставка и ответы сами не приходят',
    loadEvents: 'Загрузить файл событий',
    eventsDialog: 'Файл событий WhatsApp',
    load: 'Загрузить',
    optedOut: 'Отписались',
    notJson: 'Это не JSON.',
    done: 'Готово',
    emptyBlocks: 'Все номера могут отправлять',
    policyBlock: 'Meta временно заблокировала отправку за нарушение правил WhatsApp.',
    metaSaid: 'Ответ Meta, код 368',
    lift: 'Вопрос решён — разрешить отправку',
    blockedOnCard: 'WhatsApp заблокировал этот номер: все его рассылки остановлены.',
    liftConfirm: 'Разрешить отправку',
  },
  en: {
    settings: 'Settings',
    blocks: 'Blocks',
    add: 'Add a number',
    newSender: 'New sending number',
    label: 'Name',
    phone: "The shop's WhatsApp number",
    longAgo: 'A year ago or earlier',
    timeZone: 'Time zone',
    cloudChannel: /WhatsApp Cloud API \(official\)/,
    opener: 'How to open WhatsApp',
    phoneNumberId: 'Phone number ID',
    wabaId: 'WhatsApp Business Account ID (WABA ID)',
    token: 'Access token',
    plainTitle: 'The token would be kept unencrypted',
    edit: 'Edit',
    editSender: 'Number “Ромашка”',
    storePlain: 'Save without encryption',
    dontStore: 'Don’t save',
    advanced: 'Advanced',
    baseUrl: 'Server address',
    save: 'Save',
    digits: 'Digits only, 5 to 30 of them.',
    tokenRequired: 'Enter the access token: without it Meta accepts no message.',
    check: 'Check the connection',
    names: 'Ромашка · +7 999 000-00-00',
    summary:
      'May message 250 new people a day · Quality: high · ' +
      'Speed: standard (80 messages a second) · Sending: available',
    unknownTier: 'Meta gave the limit “TIER_9X”, which Rupor does not know',
    noWebhooks: 'Deliveries and replies do not arrive by themselves',
    loadEvents: 'Load a file of events',
    eventsDialog: 'File of WhatsApp events',
    load: 'Load',
    optedOut: 'Opted out',
    notJson: 'This is not JSON.',
    done: 'Done',
    emptyBlocks: 'Every number may send',
    policyBlock: 'Meta temporarily blocked sending for breaking WhatsApp’s rules.',
    metaSaid: 'Meta’s answer, code 368',
    lift: 'I have dealt with it — allow sending',
    blockedOnCard: 'WhatsApp blocked this number: all its campaigns have stopped.',
    liftConfirm: 'Allow sending',
  },
} as const

let server: CloudApiTestServer
let host: HostProcess
test.beforeAll(() => {
  mkdirSync(shots, { recursive: true })
})
test.afterEach(async () => {
  await host.stop()
  await server.close()
})

for (const lang of ['ru', 'en'] as const) {
  const text = texts[lang]

  test(`a Cloud API number is connected, checked, fed a file of events and unblocked (${lang})`, async ({
    page,
  }) => {
    test.setTimeout(120_000)
    server = await startCloudApiTestServer()
    host = await startHostProcess({
      dataDir: newDataDir(),
      lang,
      timeScale,
      clockStart,
      cloudTestServer: server.url,
    })
    await page.setViewportSize({ width: 1280, height: 900 })
    const app = new AppPage(page)
    await app.open(host.pageUrl)

    // The ban centre is calm while nothing is blocked.
    await app.goTo(text.blocks)
    await expect(app.heading(text.emptyBlocks)).toBeVisible()
    await expect(page.getByTestId('nav-alert-banCentre')).toHaveCount(0)
    await page.screenshot({ path: `${shots}/ban-centre-empty-${lang}.png` })

    await addCloudSender(page, app)

    // The card: no webhooks said plainly, then the check in plain words.
    const card = senderCard(page)
    await expect(card.getByText(text.noWebhooks)).toBeVisible()
    await card.getByRole('button', { name: text.check }).click()
    await expect(card.getByText(text.summary, { exact: true })).toBeVisible()
    await expect(card.getByText(text.names, { exact: true })).toBeVisible()
    await card.scrollIntoViewIfNeeded()
    await card.screenshot({ path: `${shots}/cloud-card-${lang}.png` })

    // Typing the token again (Meta rejected it, say): the unencrypted notice is above the field.
    await card.getByRole('button', { name: text.edit, exact: true }).click()
    const editing = page.getByRole('dialog', { name: text.editSender })
    const notice = editing.getByRole('alert').filter({ hasText: text.plainTitle })
    const field = editing.getByLabel(text.token)
    await expect(notice).toBeVisible()
    await expect(field).toBeVisible()
    const [noticeBox, fieldBox] = [await notice.boundingBox(), await field.boundingBox()]
    expect((noticeBox?.y ?? Infinity) + (noticeBox?.height ?? 0)).toBeLessThanOrEqual(
      fieldBox?.y ?? -Infinity,
    )
    await notice.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${shots}/token-reentry-notice-${lang}.png` })
    await page.keyboard.press('Escape')
    await expect(editing).toBeHidden()

    // A tier Rupor does not know: it says so and counts 250.
    server.setAccount({ messagingLimit: 'TIER_9X', health: 'LIMITED' })
    await card.getByRole('button', { name: text.check }).click()
    await expect(card.getByText(text.unknownTier)).toBeVisible()
    await card.screenshot({ path: `${shots}/cloud-card-limited-${lang}.png` })
    server.setAccount({ messagingLimit: 'TIER_250', health: 'AVAILABLE' })

    // A relay's file: a "СТОП" reply opts the person out; a broken line is pointed at.
    server.inboundText('79161111111', 'СТОП')
    const lines = [...server.webhookEvents().map((event) => JSON.stringify(event)), 'not json']
    await card.getByRole('button', { name: text.loadEvents }).click()
    const events = page.getByRole('dialog', { name: text.eventsDialog })
    await events.locator('input[type="file"]').setInputFiles({
      name: 'events.jsonl',
      mimeType: 'application/x-ndjson',
      buffer: Buffer.from(lines.join('\n')),
    })
    await events.getByRole('button', { name: text.load, exact: true }).click()
    const optedOut = events.getByRole('group', { name: text.optedOut })
    await expect(optedOut.getByText('1', { exact: true })).toBeVisible()
    await expect(events.getByText(text.notJson)).toBeVisible()
    await events.screenshot({ path: `${shots}/events-outcome-${lang}.png` })
    await events.getByRole('button', { name: text.done }).click()
    await expect(events).toBeHidden()

    // Meta blocks the number at its first send: every campaign stops, the ban centre explains.
    const sender = await blockAtFirstSend(host, server)
    await expect(page.getByTestId('nav-alert-banCentre')).toBeVisible({ timeout: 30_000 })
    await expect(card.getByText(text.blockedOnCard)).toBeVisible()
    await card.screenshot({ path: `${shots}/cloud-card-blocked-${lang}.png` })
    await app.goTo(text.blocks)
    const blocked = page.getByRole('region', { name: sender.label })
    await expect(blocked.getByText(text.policyBlock)).toBeVisible()
    await expect(blocked.getByText(text.metaSaid)).toBeVisible()
    await page.screenshot({ path: `${shots}/ban-centre-blocked-${lang}.png`, fullPage: true })

    await blocked.getByRole('button', { name: text.lift }).click()
    const confirm = page.getByRole('dialog')
    await confirm.getByRole('button', { name: text.liftConfirm }).click()
    await expect(app.heading(text.emptyBlocks)).toBeVisible()
    await expect(page.getByTestId('nav-alert-banCentre')).toHaveCount(0)
    const after = await callHost<Sender[]>(host, 'senders.list', {})
    expect(after.map((entry) => entry.block)).toEqual([null])
  })

  async function addCloudSender(page: Page, app: AppPage) {
    await app.goTo(text.settings)
    // The host keeps tokens unencrypted (as Linux without a keyring): the owner is told before
    // any token field is there, and «Не сохранять» closes the form with nothing stored.
    await page.getByRole('button', { name: text.add }).click()
    const first = page.getByRole('dialog', { name: text.newSender })
    await first.getByRole('textbox', { name: text.label }).fill('Ромашка')
    await first.getByRole('radio', { name: text.cloudChannel }).click()
    const warning = first.getByRole('alert').filter({ hasText: text.plainTitle })
    await expect(warning).toBeVisible()
    await expect(first.getByLabel(text.token)).toHaveCount(0)
    await warning.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${shots}/token-unencrypted-warning-${lang}.png` })
    await warning.getByRole('button', { name: text.dontStore }).click()
    await expect(first).toBeHidden()
    expect(await callHost<Sender[]>(host, 'senders.list', {})).toEqual([])
    expect(existsSync(join(host.dataDir, 'secrets.host.json'))).toBe(false)

    await page.getByRole('button', { name: text.add }).click()
    const dialog = page.getByRole('dialog', { name: text.newSender })
    await dialog.getByRole('textbox', { name: text.label }).fill('Ромашка')
    await dialog.getByRole('textbox', { name: text.phone }).fill('+7 999 000-00-00')
    await dialog.getByRole('radio', { name: text.longAgo }).check()
    await dialog.getByRole('combobox', { name: text.timeZone }).click()
    await page.getByRole('option', { name: /^(Москва|Moscow), GMT\+3/ }).click()

    await dialog.getByRole('radio', { name: text.cloudChannel }).click()
    // The assisted opener is for assisted numbers only.
    await expect(dialog.getByText(text.opener)).toHaveCount(0)
    // Mistakes are pointed at before anything is saved.
    await dialog.getByRole('textbox', { name: text.phoneNumberId }).fill('12-34')
    await dialog.getByRole('button', { name: text.save, exact: true }).click()
    await expect(dialog.getByText(text.digits)).toBeVisible()
    await expect(dialog.getByText(text.tokenRequired)).toBeVisible()

    await dialog.getByRole('textbox', { name: text.phoneNumberId }).fill(server.phoneNumberId)
    await dialog.getByRole('textbox', { name: text.wabaId }).fill(server.wabaId)
    await dialog.getByRole('button', { name: text.storePlain }).click()
    await dialog.getByLabel(text.token).fill(server.token)
    await dialog.getByRole('button', { name: text.advanced }).click()
    await dialog.getByRole('textbox', { name: text.baseUrl }).fill(server.url)
    await dialog.getByRole('radio', { name: text.cloudChannel }).scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${shots}/sender-modal-${lang}.png` })
    await dialog.getByRole('textbox', { name: text.baseUrl }).scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${shots}/sender-modal-advanced-${lang}.png` })
    await dialog.getByRole('button', { name: text.save, exact: true }).click()
    await expect(dialog).toBeHidden()

    const [saved] = await callHost<Sender[]>(host, 'senders.list', {})
    expect(saved?.channel).toBe('cloud_api')
    expect(saved?.cloud).toMatchObject({
      phoneNumberId: server.phoneNumberId,
      wabaId: server.wabaId,
      baseUrl: server.url,
      hasToken: true,
    })
  }
}

/** The settings card of the (only) sender. */
function senderCard(page: Page): Locator {
  return page
    .locator('#senders')
    .locator('.mantine-Paper-root')
    .filter({ hasText: 'Ромашка' })
    .first()
}

/**
 * Through the API (the campaign composer is another spec's subject): a campaign of the server's
 * hello_world template to a list, started while the server answers 368 to every send.
 */
async function blockAtFirstSend(host: HostProcess, server: CloudApiTestServer): Promise<Sender> {
  const [sender] = await callHost<Sender[]>(host, 'senders.list', {})
  if (!sender) throw new Error('no sender')
  await importCsv(host, book, 'клиенты.csv')
  const contacts = await callHost<ContactPage>(host, 'contacts.query', { limit: 10 })
  const list = await callHost<ListDetail>(host, 'lists.create', {
    name: 'Постоянные',
    description: '',
    contactIds: contacts.rows.map((row) => row.id),
  })
  const templates = await callHost<CloudTemplate[]>(host, 'cloud.templates', {
    senderId: sender.id,
  })
  const chosen = templates.find((template) => template.name === 'hello_world')
  if (!chosen) throw new Error('no hello_world template')
  server.failAllAfter(0, 368)
  const campaign = await callHost<Campaign>(host, 'campaigns.save', {
    name: 'Весна',
    senderId: sender.id,
    listIds: [list.id],
    text: '',
    template: { ...chosen, params: {} },
  })
  await callHost(host, 'campaigns.start', { id: campaign.id })
  return sender
}
