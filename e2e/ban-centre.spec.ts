// The owner tells Rupor that WhatsApp blocked a number: reporting a block pauses a running campaign
// and the ban page shows when a temporary block ends and that the warm-up starts over; a permanent
// one shows how to appeal and the text to copy. In Russian and in English, with screenshots.
import { expect, test } from '@playwright/test'
import type { Campaign } from '../src/shared/campaigns'
import type { Sender } from '../src/shared/senders'
import { AppPage } from './support/app-page'
import { callHost, importCsv } from './support/host-api'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'
import { pageShot, shot } from './support/shots'
import { listOfEveryone, saveShopNumber, tuesdayMorning, twoCustomers } from './support/shop'
import { fillDateField } from './support/date-fields'

/**
 * The host's test clock at real speed, and the page's clock set to the same moment, so "ends in
 * 24 hours" is counted from the same now on both sides.
 */
const clockStart = tuesdayMorning

const texts = {
  ru: {
    blocks: 'Блокировки',
    campaigns: 'Рассылки',
    calm: 'Все номера могут отправлять',
    report: 'Сообщить о блокировке',
    reportTitle: (label: string) => `WhatsApp заблокировал номер «${label}»?`,
    pausesOne: 'Рупор сразу поставит на паузу 1 идущую рассылку этого номера.',
    temporary24: 'На время — на 24 часа',
    permanent: 'Навсегда',
    confirm: 'Отметить блокировку',
    pausedOne: 'Поставлена на паузу 1 рассылка.',
    ends: 'Блокировка закончится 2 декабря 2026 г. в 10:30 — через 24 часа.',
    warmUp:
      /начнёт разогрев заново, как у нового номера: с 2 декабря 2026 г\. новых чатов в день будет не больше 20/,
    resumeYourself: /Остановленные рассылки сами не продолжатся/,
    paused: 'На паузе',
    blockedAlert: 'Номер заблокирован — рассылка остановлена',
    requestReview: /На экране о блокировке нажмите «Запросить проверку»/,
    appealText: 'Что написать',
    appealShop: 'Это номер магазина «Цветы на Садовой».',
    copy: 'Скопировать текст',
    copied: 'Скопировано',
    causes: 'Что могло привести к блокировке',
    mayStillSend: 'Может отправлять',
    noRun: 'Идущих рассылок у этого номера нет.',
    pausedNone: 'Идущих рассылок у номера не было.',
    earlier: 'Раньше',
    at: 'Дата и время',
    atRequired: 'Укажите дату и время.',
    since: 'Заблокирован 1 декабря 2026 г. в 09:15',
  },
  en: {
    blocks: 'Blocks',
    campaigns: 'Campaigns',
    calm: 'Every number may send',
    report: 'Report a block',
    reportTitle: (label: string) => `Did WhatsApp block the number “${label}”?`,
    pausesOne: 'Rupor pauses 1 running campaign of this number at once.',
    temporary24: 'For a while: 24 hours',
    permanent: 'For good',
    confirm: 'Mark the block',
    pausedOne: '1 campaign was paused.',
    ends: 'The block ends December 2, 2026 at 10:30 AM, in 24 hours.',
    warmUp: /starts the warm-up again as for a new number: from December 2, 2026, at most 20/,
    resumeYourself: /Stopped campaigns do not go on by themselves/,
    paused: 'Paused',
    blockedAlert: 'The number is blocked — the campaign has stopped',
    requestReview: /On the ban screen, tap “Request a review”/,
    appealText: 'What to write',
    appealShop: 'It is the number of the shop “Цветы на Садовой”.',
    copy: 'Copy the text',
    copied: 'Copied',
    causes: 'What may have led to the block',
    mayStillSend: 'May send',
    noRun: 'No campaign of this number is running.',
    pausedNone: 'No campaign of the number was running.',
    earlier: 'Earlier',
    at: 'Date and time',
    atRequired: 'Enter the date and time.',
    since: 'Blocked December 1, 2026 at 9:15 AM',
  },
}

let host: HostProcess
test.use({ timezoneId: 'Europe/Moscow' })
test.afterEach(async () => {
  await host.stop()
})

/** Two numbers, a list, and a campaign of the first one running. */
async function setUp(lang: 'ru' | 'en') {
  host = await startHostProcess({ dataDir: newDataDir(), lang, timeScale: 1, clockStart })
  await importCsv(host, twoCustomers, 'клиенты.csv')
  await callHost(host, 'settings.update', { shopName: 'Цветы на Садовой' })
  const list = await listOfEveryone(host, 'Постоянные')
  const shop = await saveShopNumber(host)
  const spare = await saveShopNumber(host, {
    label: 'Запасной',
    phone: '+7 916 000-33-44',
    startedOn: '2025-06-01',
  })
  const campaign = await callHost<Campaign>(host, 'campaigns.save', {
    name: 'Новинки декабря',
    senderId: shop.id,
    listIds: [list.id],
    text: 'Здравствуйте, {{first_name}}! У нас новинки.',
  })
  await callHost(host, 'campaigns.start', { id: campaign.id })
  return { shop, spare, campaign }
}

for (const lang of ['ru', 'en'] as const) {
  const text = texts[lang]

  test(`reporting a block pauses a running campaign and the ban page shows (${lang})`, async ({
    page,
  }) => {
    test.setTimeout(90_000)
    const { shop, spare, campaign } = await setUp(lang)
    await page.clock.install({ time: Date.parse(clockStart) })
    await page.setViewportSize({ width: 1280, height: 900 })
    const app = new AppPage(page)
    await app.open(host.pageUrl)

    // Nothing blocked: calm words, and every number has its "WhatsApp blocked it".
    await app.goTo(text.blocks)
    await expect(page.getByText(text.calm)).toBeVisible()
    const shopCard = page.getByRole('region', { name: shop.label })
    await expect(shopCard.getByText(text.mayStillSend)).toBeVisible()
    await expect(page.getByRole('button', { name: text.report })).toHaveCount(2)
    await pageShot(page, `ban-centre-calm-${lang}`)

    // The report: temporary, 24 hours, just now; the running campaign is named before confirming.
    await shopCard.getByRole('button', { name: text.report }).click()
    const dialog = page.getByRole('dialog', { name: text.reportTitle(shop.label) })
    await expect(dialog.getByText(text.pausesOne)).toBeVisible()
    await expect(dialog.getByRole('radio', { name: text.temporary24 })).toBeChecked()
    await shot(dialog, `ban-report-modal-${lang}`)
    await dialog.getByRole('button', { name: text.confirm }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByText(text.pausedOne)).toBeVisible()

    // The campaign paused at once, because of the block.
    const [paused] = await callHost<Campaign[]>(host, 'campaigns.list', {})
    expect(paused).toMatchObject({ id: campaign.id, state: 'paused' })
    expect(paused?.pauseReason?.reason).toBe('sender_blocked')

    // The ban page: when it ends (and how soon), the warm-up starting over, campaigns waiting.
    const blocked = page.getByRole('region', { name: shop.label })
    await expect(blocked.getByText(text.ends)).toBeVisible()
    await expect(blocked.getByText(text.warmUp)).toBeVisible()
    await expect(blocked.getByText(text.resumeYourself)).toBeVisible()
    await expect(blocked.getByText(text.causes)).toBeVisible()
    await expect(page.getByTestId('nav-alert-banCentre')).toBeVisible()
    await expect(page.getByText(text.pausedOne)).toBeHidden({ timeout: 10_000 })
    await pageShot(page, `ban-centre-temporary-${lang}`)

    // The campaigns page and the campaign's own page say it is paused because of the block.
    await app.goTo(text.campaigns)
    const row = page.getByRole('row', { name: /Новинки декабря/ })
    await expect(row.getByText(text.paused, { exact: true })).toBeVisible()
    await row.getByText('Новинки декабря').click()
    await expect(page.getByText(text.blockedAlert)).toBeVisible()

    // The other number, blocked for good: the appeal's steps and the text to copy.
    await app.goTo(text.blocks)
    const spareCard = page.getByRole('region', { name: spare.label })
    await spareCard.getByRole('button', { name: text.report }).click()
    const permanent = page.getByRole('dialog', { name: text.reportTitle(spare.label) })
    await expect(permanent.getByText(text.noRun)).toBeVisible()
    await permanent.getByRole('radio', { name: text.permanent }).check()
    // Earlier this morning: the moment is asked for, and kept.
    await permanent.getByText(text.earlier, { exact: true }).click()
    await permanent.getByRole('button', { name: text.confirm }).click()
    await expect(permanent.getByText(text.atRequired)).toBeVisible()
    await fillDateField(permanent.getByRole('group', { name: text.at }), lang, '2026-12-01T09:15')
    await shot(permanent, `ban-report-modal-permanent-${lang}`)
    await permanent.getByRole('button', { name: text.confirm }).click()
    await expect(permanent).toBeHidden()
    await expect(page.getByText(text.pausedNone)).toBeVisible()
    const banned = page.getByRole('region', { name: spare.label })
    await expect(banned.getByText(text.requestReview)).toBeVisible()
    await expect(banned.getByText(text.since)).toBeVisible()
    const letter = banned.getByRole('textbox', { name: text.appealText })
    await expect(letter).toHaveValue(
      new RegExp(text.appealShop.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    )
    await expect(letter).toHaveValue(/\+7 916 000 33 44/)
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    await banned.getByRole('button', { name: text.copy }).click()
    await expect(banned.getByRole('button', { name: text.copied })).toBeVisible()
    const copied = await page.evaluate<string>('navigator.clipboard.readText()')
    expect(copied).toContain(text.appealShop)
    await expect(page.getByText(text.pausedNone)).toBeHidden({ timeout: 10_000 })
    await pageShot(page, `ban-centre-permanent-${lang}`)
    await shot(banned, `ban-centre-permanent-card-${lang}`)

    const senders = await callHost<Sender[]>(host, 'senders.list', {})
    expect(senders.map((sender) => sender.block?.reason).sort()).toEqual([
      'reported_permanent',
      'reported_temporary',
    ])
  })
}
