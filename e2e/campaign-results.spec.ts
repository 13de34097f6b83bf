// A campaign's results: a few messages sent through the assisted channel (answered as the owner
// would, on a fast test clock), then the results section shows the counts, why some did not go,
// the hours chart, and the CSV export holds a row per recipient; the number's card in Settings
// shows its 7- and 30-day totals. In Russian and in English, with screenshots.
import { readFileSync } from 'node:fs'
import { expect, test, type Locator } from '@playwright/test'
import type {
  AssistedOutcome,
  AssistedTask,
  Campaign,
  CampaignDetail,
} from '../src/shared/campaigns'
import type { Sender } from '../src/shared/senders'
import { AppPage } from './support/app-page'
import { callHost, importCsv } from './support/host-api'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'
import { pageShot, shot } from './support/shots'
import { listOfEveryone, saveShopNumber, tuesdayMorning } from './support/shop'

/** 60× faster: a gap of 30 s–5 min takes 0.5–5 s. */
const timeScale = 60
const clockStart = tuesdayMorning

/** Four who agreed and one who withdrew consent (skipped before anything is sent). */
const book = [
  'ФИО;Телефон;Согласие',
  'Анна Петрова;8 916 111-11-11;да',
  'Борис Иванов;8 916 222-22-22;да',
  'Вера Смирнова;8 916 333-33-33;да',
  'Галина Орлова;8 916 444-44-44;да',
  'Дмитрий Кузнецов;8 916 555-55-55;нет',
].join('\n')

/** The owner's answers, in the order the paced moments come. */
const answers: AssistedOutcome[] = ['sent', 'sent', 'asked_to_stop', 'wrong_number']

const texts = {
  ru: {
    campaigns: 'Рассылки',
    settings: 'Настройки',
    results: 'Итоги рассылки',
    planned: 'Запланировано',
    sent: 'Отправлено',
    failed: 'Не удалось',
    skipped: 'Пропущено',
    optedOut: 'Отписались',
    delivered: 'Доставлено',
    failedBy: 'Почему не удалось',
    skippedBy: 'Почему пропущены',
    wrongNumber: 'Неверный номер: 1',
    askedToStop: 'Просьба не писать: 1',
    withdrawn: 'Согласие отозвано: 1',
    perHour: 'Отправлено по часам',
    exportAll: 'Выгрузить всех (CSV)',
    filter: 'Показать',
    stateSent: 'Отправлено',
    exportSent: 'Выгрузить: Отправлено (CSV)',
    reason: 'Причина',
    askedToStopReason: 'Просьба не писать',
    recipients: 'Получатели',
    totals: (label: string) => `Итоги номера «${label}» за 7 и 30 дней`,
    totalsSent: 'Отправлено',
    totalsCampaigns: 'Рассылок',
    blocks: 'Блокировки',
    causes: 'Что могло привести к блокировке',
    factors: 'Что повышает риск',
  },
  en: {
    campaigns: 'Campaigns',
    settings: 'Settings',
    results: 'Campaign results',
    planned: 'Planned',
    sent: 'Sent',
    failed: 'Failed',
    skipped: 'Skipped',
    optedOut: 'Opted out',
    delivered: 'Delivered',
    failedBy: 'Why they failed',
    skippedBy: 'Why they were skipped',
    wrongNumber: 'Wrong number: 1',
    askedToStop: 'Asked to stop: 1',
    withdrawn: 'Consent withdrawn: 1',
    perHour: 'Sent per hour',
    exportAll: 'Download everyone (CSV)',
    filter: 'Show',
    stateSent: 'Sent',
    exportSent: 'Download: Sent (CSV)',
    reason: 'Reason',
    askedToStopReason: 'Asked to stop',
    recipients: 'Recipients',
    totals: (label: string) => `Totals of “${label}” over 7 and 30 days`,
    totalsSent: 'Sent',
    totalsCampaigns: 'Campaigns',
    blocks: 'Blocks',
    causes: 'What may have led to the block',
    factors: 'What raises the risk',
  },
}

let host: HostProcess
test.use({ timezoneId: 'Europe/Moscow' })
test.afterEach(async () => {
  await host.stop()
})

/** A number, a list of five, and a campaign that has sent to all it could, answered by callHost. */
async function sendCampaign(lang: 'ru' | 'en') {
  host = await startHostProcess({ dataDir: newDataDir(), lang, timeScale, clockStart })
  await importCsv(host, book, 'клиенты.csv')
  const list = await listOfEveryone(host, 'Постоянные')
  const sender = await saveShopNumber(host)
  const campaign = await callHost<Campaign>(host, 'campaigns.save', {
    name: 'Новинки декабря',
    senderId: sender.id,
    listIds: [list.id],
    // Shouting, a shortened link and no way to opt out: the likely causes of the later block.
    text: 'СКИДКИ 50%!!! Успейте купить: https://bit.ly/sale',
    appendOptOut: false,
  })
  await callHost(host, 'campaigns.start', { id: campaign.id })
  for (const outcome of answers) {
    const task = await nextTask(campaign.id)
    await callHost(host, 'campaigns.confirm', { itemId: task.itemId, outcome })
  }
  await expect
    .poll(
      async () => (await callHost<Campaign>(host, 'campaigns.get', { id: campaign.id })).state,
      { timeout: 10_000 },
    )
    .toBe('finished')
  return { sender, campaign }
}

/** The person the owner is asked to message next, once its paced moment comes. */
async function nextTask(campaignId: number): Promise<AssistedTask> {
  for (let attempt = 0; attempt < 120; attempt++) {
    const { task } = await callHost<CampaignDetail>(host, 'campaigns.get', { id: campaignId })
    if (task) return task
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error('No paced moment came within 30 seconds.')
}

/** The number on a count card. */
const countOf = (section: Locator, label: string) =>
  section.getByRole('group', { name: label, exact: true }).locator('p').first()

for (const lang of ['ru', 'en'] as const) {
  const text = texts[lang]

  test(`the results of a campaign: counts, reasons, the hours chart and the CSV (${lang})`, async ({
    page,
  }) => {
    test.setTimeout(120_000)
    const { sender } = await sendCampaign(lang)
    await page.clock.install({ time: Date.parse(clockStart) })
    await page.setViewportSize({ width: 1280, height: 900 })
    const app = new AppPage(page)
    await app.open(host.pageUrl)
    await app.goTo(text.campaigns)
    await page
      .getByRole('row', { name: /Новинки декабря/ })
      .getByText('Новинки декабря')
      .click()

    // The counts: everyone planned, two sent, one failed, two skipped, one opted out; the
    // assisted channel cannot know delivery, so there is no "delivered" card.
    const results = page.getByRole('region', { name: text.results })
    await expect(countOf(results, text.planned)).toHaveText('5')
    await expect(countOf(results, text.sent)).toHaveText('2')
    await expect(countOf(results, text.failed)).toHaveText('1')
    await expect(countOf(results, text.skipped)).toHaveText('2')
    await expect(countOf(results, text.optedOut)).toHaveText('1')
    await expect(results.getByRole('group', { name: text.delivered })).toHaveCount(0)

    // Why, by reason, in the words of the recipients table.
    const failedBy = results.getByRole('group', { name: text.failedBy })
    await expect(failedBy.getByText(text.wrongNumber)).toBeVisible()
    const skippedBy = results.getByRole('group', { name: text.skippedBy })
    await expect(skippedBy.getByText(text.askedToStop)).toBeVisible()
    await expect(skippedBy.getByText(text.withdrawn)).toBeVisible()

    // The chart draws: bars of sends per hour under the hourly limit's line.
    const chart = page.getByTestId('sends-per-hour-chart')
    await expect(chart.locator('svg.recharts-surface')).toBeVisible()
    await expect(chart.locator('.recharts-bar-rectangle').first()).toBeVisible()
    await expect(chart.locator('.recharts-reference-line')).toHaveCount(1)
    await expect(page.getByTestId('sent-so-far-chart').locator('.recharts-area')).toHaveCount(1)
    await results.scrollIntoViewIfNeeded()
    await shot(results, `campaign-results-${lang}`)

    // Everyone as CSV: a header and a row per recipient.
    const downloading = page.waitForEvent('download')
    await results.getByRole('button', { name: text.exportAll }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toMatch(/\.csv$/)
    const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '')
    const lines = csv.trim().split(/\r?\n/)
    expect(lines).toHaveLength(1 + 5)
    // As the owner's Excel splits it: ";" in Russian, "," in English, every cell quoted.
    expect(lines[0]).toBe(
      ['Name', 'Phone', 'State', 'Reason', 'Delivery', 'Done at', 'Channel', 'Reply']
        .map((cell) => `"${cell}"`)
        .join(lang === 'ru' ? ';' : ','),
    )
    for (const name of ['Анна Петрова', 'Борис Иванов', 'Дмитрий Кузнецов'])
      expect(csv).toContain(name)

    // The table's filter: only the sent ones, and their own CSV.
    await page.getByRole('combobox', { name: text.filter }).click()
    await page.getByRole('option', { name: text.stateSent, exact: true }).click()
    const sentDownload = page.waitForEvent('download')
    await page.getByRole('button', { name: text.exportSent }).click()
    const sentCsv = readFileSync(await (await sentDownload).path(), 'utf8')
    expect(sentCsv.trim().split(/\r?\n/)).toHaveLength(1 + 2)

    // Skipped, by reason: only the one who asked to stop.
    await page.getByRole('combobox', { name: text.filter }).click()
    await page.getByRole('option', { name: text.skipped, exact: true }).click()
    await page.getByRole('combobox', { name: text.reason }).click()
    await page.getByRole('option', { name: text.askedToStopReason, exact: true }).click()
    const recipients = page.getByRole('table', { name: text.recipients })
    await expect(recipients.getByRole('row')).toHaveCount(1 + 1)
    await pageShot(page, `campaign-detail-${lang}`)

    // The number's card in Settings: what it sent over 7 and 30 days.
    await app.goTo(text.settings)
    const totals = page.getByRole('table', { name: text.totals(sender.label) })
    const row = (measure: string) =>
      totals
        .getByRole('row')
        .filter({ has: page.getByRole('cell', { name: measure, exact: true }) })
        .getByRole('cell')
    await expect(row(text.totalsSent)).toHaveText([text.totalsSent, '2', '2'])
    await expect(row(text.totalsCampaigns)).toHaveText([text.totalsCampaigns, '1', '1'])
    const card = page.locator('#senders')
    await card.scrollIntoViewIfNeeded()
    await shot(card, `sender-totals-${lang}`)

    // Blocked after this campaign: the ban centre names what in it likely caused the block.
    const reported = await callHost<Sender>(host, 'senders.reportBlock', {
      id: sender.id,
      kind: 'temporary',
      hours: 48,
    })
    // The page counts "ends in 48 hours" from the host's (fast) clock's moment of the block.
    await page.clock.setSystemTime(reported.block?.at ?? Date.now())
    await app.goTo(text.blocks)
    const blocked = page.getByRole('region', { name: sender.label })
    await expect(blocked.getByText(text.causes)).toBeVisible()
    await expect(
      blocked.getByRole('list', { name: text.factors }).getByRole('listitem').first(),
    ).toBeVisible()
    await blocked.scrollIntoViewIfNeeded()
    await shot(blocked, `ban-centre-causes-${lang}`)
  })
}
