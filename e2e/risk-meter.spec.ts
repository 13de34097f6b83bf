// The ban-risk meter where the owner sees it: live in the composer, on a running campaign's page
// and on each number's card in Settings. A risky draft — a long text without the opt-out line, to
// 256 people of whom only 30 agreed, from a number that started today — reads HIGH with its fixes;
// applying them from the meter lowers the score and the level. In Russian and in English, with
// screenshots of the three places.
import { expect, test, type Locator, type Page } from '@playwright/test'
import type { Campaign } from '../src/shared/campaigns'
import type { ListDetail } from '../src/shared/lists'
import type { Sender } from '../src/shared/senders'
import { AppPage } from './support/app-page'
import { callHost, importCsv } from './support/host-api'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'
import { hideToasts, shot } from './support/shots'
import { listOfEveryone, saveShopNumber, tuesdayMorning } from './support/shop'

/** Inside the sending window; the number started this very day. */
const clockStart = tuesdayMorning
const startedOn = '2026-12-01'

// The shop's computer is in Moscow too: "tomorrow at 10:00" is the window's opening.
test.use({ timezoneId: 'Europe/Moscow' })

const words = {
  ru: {
    campaigns: 'Рассылки',
    settings: 'Настройки',
    newCampaign: 'Новая рассылка',
    back: 'Все рассылки',
    lastHour: /^За последний час/,
    name: 'Название',
    list: 'Кому',
    message: 'Сообщение',
    optOutSwitch: 'Добавить строку об отписке',
    meter: 'Риск блокировки',
    high: 'Риск блокировки: высокий',
    lowered: /Риск блокировки: (средний|низкий)/,
    addOptOut: 'Добавить строку об отписке',
    addName: 'Обращаться к каждому по имени',
    narrow: /Оставить только тех, кто дал согласие/,
    coldContacts: 'Без согласия и переписки',
    factors: 'Что повышает риск',
    youngNumber: 'Молодой номер',
    narrowed: 'Рассылка пойдёт по новому списку «Все покупатели — с согласием»',
    forecast: 'Когда закончится',
    finishes: /Закончится примерно/,
    senderFinishes: /Все рассылки номера закончатся примерно/,
    senderMeter: 'Риск блокировки номера',
  },
  en: {
    campaigns: 'Campaigns',
    settings: 'Settings',
    newCampaign: 'New campaign',
    back: 'All campaigns',
    lastHour: /^In the last hour/,
    name: 'Name',
    list: 'To whom',
    message: 'Message',
    optOutSwitch: 'Add an opt-out line',
    meter: 'Risk of a ban',
    high: 'Risk of a ban: high',
    lowered: /Risk of a ban: (medium|low)/,
    addOptOut: 'Add an opt-out line',
    addName: 'Greet each person by name',
    narrow: /Keep only those who agreed/,
    coldContacts: 'Cold contacts',
    factors: 'What raises the risk',
    youngNumber: 'Young number',
    narrowed: 'The campaign now goes to the new list “Все покупатели — with consent”',
    forecast: 'When it finishes',
    finishes: /Finishes around/,
    senderFinishes: /All of the number’s campaigns finish around/,
    senderMeter: 'Risk of a ban for this number',
  },
}

const firstNames = ['Анна', 'Борис', 'Вера', 'Галина', 'Дмитрий', 'Елена', 'Жанна', 'Игорь']
const lastNames = ['Петрова', 'Иванов', 'Смирнова', 'Кузнецова', 'Орлов', 'Соколова', 'Белова']

/**
 * The list's first people by name: the meter judges the text by the first five messages (see the
 * report: five «Анна» in a row would read as "the same text for everyone" even with a name in it).
 */
const leadingNames = ['Агата', 'Алина', 'Алиса', 'Алла', 'Ангелина']

/** 256 customers; the first 30 agreed to messages, the others never said. */
function book(): string {
  const lines = ['Имя;Фамилия;Телефон;Согласие']
  for (let i = 0; i < 256; i++) {
    const first = leadingNames[i] ?? firstNames[i % firstNames.length] ?? ''
    const last = lastNames[i % lastNames.length] ?? ''
    lines.push(`${first};${last};8 916 ${String(2_000_000 + i)};${i < 30 ? 'да' : ''}`)
  }
  return lines.join('\n')
}

/** About 1 200 characters of news, without the customer's name and without a way to stop. */
const longText = Array.from(
  { length: 12 },
  (_, i) =>
    `Новость ${String(i + 1)}: в магазин на Садовой привезли свежие тюльпаны, розы и хризантемы к праздникам.`,
).join(' ')

let host: HostProcess
let sender: Sender
let list: ListDetail

async function setUp(lang: 'ru' | 'en') {
  host = await startHostProcess({ dataDir: newDataDir(), lang, clockStart })
  // People whose consent is unknown may be messaged: they are the meter's "cold contacts".
  await callHost(host, 'settings.update', { broadcastWithoutConsent: true, language: lang })
  const report = await importCsv(host, book(), 'покупатели.csv')
  expect(report.added).toBe(256)
  list = await listOfEveryone(host, 'Все покупатели')
  sender = await saveShopNumber(host, { startedOn })
}

test.afterEach(async () => {
  await host.stop()
})

/** The meter's score as it reads now. */
async function scoreOf(meter: Locator): Promise<number> {
  return Number(await meter.getAttribute('aria-valuenow'))
}

/** Waits for the meter to settle below `than` (it asks again once the form stops changing). */
async function scoreDrops(meter: Locator, than: number): Promise<number> {
  await expect.poll(() => scoreOf(meter), { timeout: 15_000 }).toBeLessThan(than)
  return scoreOf(meter)
}

async function composeRiskyDraft(page: Page, lang: 'ru' | 'en') {
  const w = words[lang]
  const app = new AppPage(page)
  await app.open(host.pageUrl)
  await app.goTo(w.campaigns)
  await page.getByRole('button', { name: w.newCampaign }).click()
  await page.getByRole('textbox', { name: w.name }).fill('Праздничные букеты')
  // The only number is chosen already.
  await page.getByRole('combobox', { name: w.list }).click()
  await page.getByRole('option', { name: /Все покупатели/ }).click()
  await page.getByRole('textbox', { name: w.message }).fill(longText)
  await page.getByRole('switch', { name: w.optOutSwitch }).uncheck({ force: true })
}

test('ru: a risky draft reads HIGH with its fixes; the fixes lower the score and the level', async ({
  page,
}) => {
  const w = words.ru
  await setUp('ru')
  await page.setViewportSize({ width: 1360, height: 1400 })
  await composeRiskyDraft(page, 'ru')

  const panel = page.getByRole('region', { name: w.meter })
  const meter = panel.getByRole('meter', { name: w.meter })
  await expect(panel.getByText(w.high)).toBeVisible({ timeout: 15_000 })
  await expect(meter).toHaveAttribute('aria-valuetext', /^высокий, \d+ из 100$/)
  const factors = panel.getByRole('list', { name: w.factors })
  await expect(factors.getByRole('listitem', { name: w.coldContacts })).toContainText(
    'не давали согласия',
  )
  await expect(factors.getByRole('listitem', { name: w.youngNumber })).toContainText(
    'Разогрев номера: день 1 из',
  )
  await expect(factors.getByRole('listitem', { name: 'Длинный текст' })).toContainText('символ')
  await expect(panel.getByRole('status', { name: w.forecast })).toContainText(/\S/)
  const high = await scoreOf(meter)
  expect(high).toBeGreaterThanOrEqual(60)
  await shot(panel, 'risk-composer-high-ru')

  // The opt-out line: the switch turns on, and the score drops.
  await panel.getByRole('button', { name: w.addOptOut }).click()
  await expect(page.getByRole('switch', { name: w.optOutSwitch })).toBeChecked()
  const withOptOut = await scoreDrops(meter, high)

  // A greeting by name at the start of the text.
  await panel.getByRole('button', { name: w.addName }).click()
  await expect(page.getByRole('textbox', { name: w.message })).toHaveValue(
    // Someone without a first name is greeted instead.
    /^\{\{first_name\|Здравствуйте\}\}, новость 1:/,
  )
  const withName = await scoreDrops(meter, withOptOut)

  // Only the 30 who agreed: a new list, picked for the campaign.
  await panel.getByRole('button', { name: w.narrow }).click()
  await expect(page.getByText(w.narrowed)).toBeVisible()
  // «Кому» now holds the new list instead of the whole one (a pill each).
  await expect(page.getByText(/^Все покупатели — с согласием — /)).toBeVisible()
  await expect(page.getByText(/^Все покупатели — \d/).filter({ visible: true })).toHaveCount(0)
  const narrowed = await scoreDrops(meter, withName)
  await expect(panel.getByText(w.lowered)).toBeVisible()
  await expect(meter).toHaveAttribute('aria-valuetext', /^(средний|низкий), \d+ из 100$/)
  await expect(factors.getByRole('listitem', { name: w.coldContacts })).toHaveCount(0)
  expect(narrowed).toBeLessThan(60)
  await expect(panel.getByRole('status', { name: w.forecast })).toContainText(w.finishes)
  await hideToasts(page)
  await shot(panel, 'risk-composer-fixed-ru')
})

for (const lang of ['ru', 'en'] as const) {
  test(`${lang}: the gauge in the composer, on a running campaign and on the number's card`, async ({
    page,
  }) => {
    const w = words[lang]
    await setUp(lang)
    await page.setViewportSize({ width: 1360, height: 1400 })
    await composeRiskyDraft(page, lang)
    const panel = page.getByRole('region', { name: w.meter })
    await expect(panel.getByText(w.high)).toBeVisible({ timeout: 15_000 })
    await expect(panel.getByRole('button', { name: w.addOptOut })).toBeVisible()
    await shot(panel, `risk-composer-${lang}`)
    await shot(page, `risk-composer-page-${lang}`)

    // A running campaign: its meter and forecast beside the number's limits, advice only.
    const campaign = await callHost<Campaign>(host, 'campaigns.save', {
      name: 'Праздничные букеты',
      senderId: sender.id,
      listIds: [list.id],
      text: `{{first_name}}, ${longText}`,
    })
    await callHost(host, 'campaigns.start', { id: campaign.id })
    const app = new AppPage(page)
    await page.getByRole('button', { name: w.back }).click()
    await page.getByRole('button', { name: 'Праздничные букеты' }).click()
    const detail = page.getByRole('region', { name: w.meter })
    await expect(detail.getByRole('meter', { name: w.meter })).toBeVisible({ timeout: 15_000 })
    // Advice only: nothing is applied from a running campaign's page, and who it reaches is
    // settled — the cold contacts are named without the advice to narrow the list.
    const detailFactors = detail.getByRole('list', { name: w.factors })
    await expect(detailFactors.getByRole('listitem', { name: w.coldContacts })).toBeVisible()
    await expect(detailFactors.getByRole('button')).toHaveCount(0)
    await expect(detail.getByText(w.narrow)).toHaveCount(0)
    await expect(detail.getByRole('status', { name: w.forecast })).toContainText(w.finishes, {
      timeout: 30_000,
    })
    await expect(page.getByRole('progressbar', { name: w.lastHour })).toBeVisible()
    await hideToasts(page)
    await detail.scrollIntoViewIfNeeded()
    await shot(page, `risk-campaign-detail-${lang}`)

    // The number's card: its own gauge, its campaigns' forecast and its limits.
    await app.goTo(w.settings)
    const card = page.getByRole('group', { name: w.senderMeter })
    await expect(card.getByRole('meter', { name: w.meter })).toBeVisible({ timeout: 15_000 })
    await expect(card.getByRole('listitem', { name: w.youngNumber })).toBeVisible()
    await expect(card.getByRole('status', { name: w.forecast })).toContainText(w.senderFinishes, {
      timeout: 30_000,
    })
    const senders = page.locator('#senders')
    await expect(senders.getByRole('progressbar', { name: w.lastHour })).toBeVisible()
    await hideToasts(page)
    await shot(senders, `risk-sender-card-${lang}`)
  })
}

const advice = {
  ru: {
    links: 'Ссылки в тексте',
    noLink: 'Убрать ссылку из первого сообщения',
    oneLink: 'Оставить в тексте одну ссылку',
    promo: 'Рекламные слова',
    plainWords: 'Сказать о предложении своими словами',
    size: /Не больше \d+ человек/g,
  },
  en: {
    links: 'Links in the text',
    noLink: 'Leave the link out of the first message',
    oneLink: 'Keep one link in the text',
    promo: 'Sales words',
    plainWords: 'Say the offer in your own words',
    size: /At most \d+ (person|people)/g,
  },
} as const

for (const lang of ['ru', 'en'] as const) {
  test(`${lang}: every piece of advice is something the owner can still do, said once`, async ({
    page,
  }) => {
    const w = words[lang]
    const a = advice[lang]
    await setUp(lang)
    await page.setViewportSize({ width: 1360, height: 1400 })
    await composeRiskyDraft(page, lang)
    // A discount campaign with its one link.
    await page
      .getByRole('textbox', { name: w.message })
      .fill('Скидка 20% на тюльпаны до 8 марта! Подробнее: https://cvety.example/akcii')
    const panel = page.getByRole('region', { name: w.meter })
    const factors = panel.getByRole('list', { name: w.factors })
    const links = factors.getByRole('listitem', { name: a.links })
    await expect(links).toContainText(a.noLink, { timeout: 15_000 })
    // "Keep one link" when there is one already is not advice.
    await expect(links).not.toContainText(a.oneLink)
    // On a discount campaign the advice is how to say it, not to drop the word «скидка».
    const promo = factors.getByRole('listitem', { name: a.promo })
    await expect(promo).toContainText(a.plainWords)
    await expect(promo).not.toContainText('«скидка»»')
    // One size for the list, not two that contradict each other.
    const sizes = (await factors.innerText()).match(a.size) ?? []
    expect(sizes.length).toBeLessThanOrEqual(1)
    await shot(panel, `risk-advice-${lang}`)
  })
}
