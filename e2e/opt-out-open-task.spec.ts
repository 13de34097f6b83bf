// An opt-out closes what is open: the owner is asked to message Anna, and Anna's number goes onto
// the opt-out list — from the contact book in the same page, or through the API as another window
// or a Cloud API "stop" would. The task card says at once that the message was withdrawn and
// why, offers no WhatsApp, and a late "I had already sent it" is shown as sent after opting out.
// In Russian and in English, with screenshots of the card.
import { expect, test, type Page } from '@playwright/test'
import type { AssistedTask, Campaign, CampaignDetail } from '../src/shared/campaigns'
import { AppPage } from './support/app-page'
import { callHost, importCsv } from './support/host-api'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'
import { hideToasts, shot } from './support/shots'
import { listOfEveryone, saveShopNumber, tuesdayMorning, twoCustomers } from './support/shop'

/** 60× faster: a gap of 30 s–5 min takes 0.5–5 s. */
const timeScale = 60

const texts = {
  ru: {
    campaigns: 'Рассылки',
    contacts: 'Контакты',
    task: 'Ваша очередь: отправьте сообщение',
    withdrawnCard: 'Сообщение отозвано',
    withdrawnWhy: 'Человек отказался от рассылки — сообщение отозвано',
    reopen: 'Открыть WhatsApp ещё раз',
    alreadySent: 'Уже было отправлено',
    notSent: 'Не было отправлено',
    recipients: 'Получатели',
    sentAfter: 'Отправлено после отказа',
  },
  en: {
    campaigns: 'Campaigns',
    contacts: 'Contacts',
    task: 'Your turn: send the message',
    withdrawnCard: 'Message withdrawn',
    withdrawnWhy: 'This number opted out — the message was withdrawn',
    reopen: 'Open WhatsApp again',
    alreadySent: 'I had already sent it',
    notSent: 'Not sent',
    recipients: 'Recipients',
    sentAfter: 'Sent after opting out',
  },
}

let host: HostProcess
test.use({ timezoneId: 'Europe/Moscow' })
test.afterEach(async () => {
  await host.stop()
})

/** A running campaign to Anna and Boris; resolves once the owner is asked about Anna. */
async function taskOpen(lang: 'ru' | 'en'): Promise<{ campaign: Campaign; task: AssistedTask }> {
  host = await startHostProcess({
    dataDir: newDataDir(),
    lang,
    timeScale,
    clockStart: tuesdayMorning,
  })
  await importCsv(host, twoCustomers, 'клиенты.csv')
  const list = await listOfEveryone(host, 'Постоянные')
  const sender = await saveShopNumber(host)
  const campaign = await callHost<Campaign>(host, 'campaigns.save', {
    name: 'Новинки декабря',
    senderId: sender.id,
    listIds: [list.id],
    text: 'Здравствуйте, {{first_name|друг}}! Новинки уже в магазине.',
  })
  await callHost(host, 'campaigns.start', { id: campaign.id })
  for (let attempt = 0; attempt < 120; attempt++) {
    const { task } = await callHost<CampaignDetail>(host, 'campaigns.get', { id: campaign.id })
    if (task) return { campaign, task }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error('No paced moment came within 30 seconds.')
}

async function openCampaign(page: Page, lang: 'ru' | 'en') {
  const app = new AppPage(page)
  await page.setViewportSize({ width: 1280, height: 900 })
  await app.open(host.pageUrl)
  await app.goTo(texts[lang].campaigns)
  await page
    .getByRole('row', { name: /Новинки декабря/ })
    .getByText('Новинки декабря')
    .click()
  return app
}

for (const lang of ['ru', 'en'] as const) {
  const text = texts[lang]

  test(`a number opted out through the API while its task is open: withdrawn at once (${lang})`, async ({
    page,
  }) => {
    test.setTimeout(90_000)
    const { task } = await taskOpen(lang)
    await openCampaign(page, lang)
    await hideToasts(page)
    const open = page.getByRole('region', { name: text.task })
    await expect(open).toContainText('Анна Петрова')

    // Another window (or a Cloud API "stop") puts her number on the list: the page is told.
    await callHost(host, 'optOuts.addNumbers', { text: task.e164, note: '' })
    const withdrawn = page.getByRole('region', { name: text.withdrawnCard })
    await expect(withdrawn).toContainText(text.withdrawnWhy)
    await expect(withdrawn).toContainText('Анна Петрова')
    await expect(withdrawn.getByRole('button', { name: text.reopen })).toHaveCount(0)
    await expect(withdrawn.getByRole('link', { name: text.reopen })).toHaveCount(0)
    await expect(withdrawn.getByRole('button', { name: text.alreadySent })).toBeVisible()
    await expect(withdrawn.getByRole('button', { name: text.notSent })).toBeVisible()
    // Her chat is never offered again: not on this card, and not as the open task.
    await expect(open.filter({ hasText: 'Анна Петрова' })).toHaveCount(0)
    await shot(withdrawn, `withdrawn-task-${lang}`)

    // The owner had pressed Send already: recorded as what it is.
    await withdrawn.getByRole('button', { name: text.alreadySent }).click()
    await expect(withdrawn).toHaveCount(0)
    const recipients = page.getByRole('table', { name: text.recipients })
    await expect(recipients.getByRole('row', { name: /Анна Петрова/ })).toContainText(
      text.sentAfter,
    )
    // The sender goes on, after a gap, with Boris.
    await expect(page.getByRole('region', { name: text.task })).toContainText('Борис Иванов', {
      timeout: 20_000,
    })
  })
}

test('a number opted out from the contact book in the same page: the card says so', async ({
  page,
}) => {
  test.setTimeout(90_000)
  const text = texts.ru
  const { campaign } = await taskOpen('ru')
  const app = await openCampaign(page, 'ru')
  await expect(page.getByRole('region', { name: text.task })).toContainText('Анна Петрова')

  await app.goTo(text.contacts)
  await page
    .getByRole('table')
    .getByRole('row', { name: /Анна Петрова/ })
    .click()
  const drawer = page.getByRole('dialog', { name: 'Анна Петрова' })
  await drawer.getByRole('button', { name: 'Не хочет получать сообщения' }).click()
  await page
    .getByRole('dialog', { name: 'Не хочет получать сообщения' })
    .getByRole('button', { name: 'Отписать' })
    .click()
  await expect(drawer.getByRole('alert')).toBeVisible()
  await page.keyboard.press('Escape')

  // Back where the owner was: the campaign's page, its card changed while they were away.
  await app.goTo(text.campaigns)
  const withdrawn = page.getByRole('region', { name: text.withdrawnCard })
  await expect(withdrawn).toContainText(text.withdrawnWhy)
  await withdrawn.getByRole('button', { name: text.notSent }).click()
  await expect(withdrawn).toHaveCount(0)
  const items = await callHost<{ rows: { name: string; state: string; reason: string }[] }>(
    host,
    'campaigns.items',
    { id: campaign.id },
  )
  expect(items.rows.find((r) => r.name === 'Анна Петрова')).toMatchObject({
    state: 'skipped',
    reason: 'opted_out',
  })
})
