// Opt-outs in people's own words, in the UI against the local Cloud API test server: a campaign
// goes out, four people write back, and the owner loads the relay's file of webhook events. The
// certain stops («Стоп 🙏», "Please stop sending me messages") are opted out at once, «не стоп» is
// only a reply, and the likely one waits in "Replies to review" until the owner says it is an
// opt-out. Every reply shows on the person's card and on the campaign's page.
import { expect, test, type Locator } from '@playwright/test'
import type { Campaign, CampaignDetail } from '../src/shared/campaigns'
import type { ContactPage } from '../src/shared/contacts'
import type { ListDetail } from '../src/shared/lists'
import type { OptOutPage } from '../src/shared/opt-outs'
import {
  startCloudApiTestServer,
  type CloudApiTestServer,
} from '../src/main/core/test-support/cloud-api-server'
import { saveTemplateCampaign } from '../src/main/core/test-support/cloud-number'
import { AppPage } from './support/app-page'
import { connectHostCloudNumber, hostCall } from './support/cloud-number'
import { callHost, importCsv } from './support/host-api'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'
import { tuesdayMorning } from './support/shop'
import { hideToasts, pageShot, shot } from './support/shots'

const book = [
  'ФИО;Телефон;Согласие',
  'Анна Петрова;8 916 111-11-11;да',
  'Борис Иванов;8 916 222-22-22;да',
  'Вера Кузнецова;8 916 333-33-33;да',
  'Галина Орлова;8 916 444-44-44;да',
].join('\n')

const likely = 'Стоп, а сколько стоит доставка?'

const texts = {
  ru: {
    settings: 'Настройки',
    optOuts: 'Отписавшиеся',
    contacts: 'Контакты',
    campaigns: 'Рассылки',
    loadEvents: 'Загрузить файл событий',
    eventsDialog: 'Файл событий WhatsApp',
    load: 'Загрузить',
    done: 'Готово',
    optedOut: 'Отписались',
    replies: 'Новые ответы',
    toReview: 'На проверку',
    reviewTitle: 'Ответы на проверку',
    isOptOut: 'Это отписка',
    contactReplies: 'Ответы в WhatsApp',
    campaignReplies: 'Ответы на рассылку',
    maybe: 'Похоже на отписку',
    decided: 'Вы решили: отписка',
    stop: 'Отписка',
    other: 'Ответ',
  },
  en: {
    settings: 'Settings',
    optOuts: 'Opt-outs',
    contacts: 'Contacts',
    campaigns: 'Campaigns',
    loadEvents: 'Load a file of events',
    eventsDialog: 'File of WhatsApp events',
    load: 'Load',
    done: 'Done',
    optedOut: 'Opted out',
    replies: 'New replies',
    toReview: 'To review',
    reviewTitle: 'Replies to review',
    isOptOut: 'This is an opt-out',
    contactReplies: 'WhatsApp replies',
    campaignReplies: 'Replies to this campaign',
    maybe: 'Looks like an opt-out',
    decided: 'You decided: opt-out',
    stop: 'Opt-out',
    other: 'Reply',
  },
} as const

let server: CloudApiTestServer
let host: HostProcess
test.afterEach(async () => {
  await host.stop()
  await server.close()
})

for (const lang of ['ru', 'en'] as const) {
  const text = texts[lang]

  test(`replies are read: stops opted out, a likely one reviewed, all shown (${lang})`, async ({
    page,
  }) => {
    test.setTimeout(90_000)
    // Meta's timestamps follow the host's clock (which starts on a Tuesday and runs 600 times
    // faster), as Meta's and the shop's clocks agree in life: a reply is read against the time
    // its campaign's message went.
    const hostStart = Date.now()
    server = await startCloudApiTestServer({
      now: () => Date.parse(tuesdayMorning) + (Date.now() - hostStart) * 600,
    })
    host = await startHostProcess({
      dataDir: newDataDir(),
      lang,
      timeScale: 600,
      clockStart: tuesdayMorning,
      cloudTestServer: server.url,
    })
    const campaign = await sentCampaign()

    // They write back: Anna replies to the campaign's message itself.
    const annaMessage = server.sent.find((m) => m.to.replace(/\D/g, '') === '79161111111')
    server.inboundText('79161111111', 'Стоп 🙏', annaMessage?.wamid)
    server.inboundText('79162222222', 'Please stop sending me messages')
    server.inboundText('79163333333', 'не стоп')
    server.inboundText('79164444444', likely)

    await page.setViewportSize({ width: 1280, height: 900 })
    const app = new AppPage(page)
    await app.open(host.pageUrl)
    await hideToasts(page)

    // The relay's file, loaded from the number's card: two opted out, one to review.
    await app.goTo(text.settings)
    await page.getByRole('button', { name: text.loadEvents }).click()
    const events = page.getByRole('dialog', { name: text.eventsDialog })
    await events.locator('input[type="file"]').setInputFiles({
      name: 'events.jsonl',
      mimeType: 'application/x-ndjson',
      buffer: Buffer.from(
        server
          .webhookEvents()
          .map((event) => JSON.stringify(event))
          .join('\n'),
      ),
    })
    await events.getByRole('button', { name: text.load, exact: true }).click()
    await expect(countIn(events, text.optedOut)).toHaveText('2')
    await expect(countIn(events, text.replies)).toHaveText('4')
    await expect(countIn(events, text.toReview)).toHaveText('1')
    await shot(events, `replies-import-outcome-${lang}`)
    await events.getByRole('button', { name: text.done }).click()

    const optedOut = async () =>
      (await callHost<OptOutPage>(host, 'optOuts.query', {})).rows.map((r) => r.e164).sort()
    expect(await optedOut()).toEqual(['+79161111111', '+79162222222'])

    // The sidebar counts what waits; the opt-outs page shows it with its two answers.
    await expect(page.getByTestId('nav-count-optOuts')).toHaveText('1')
    await app.goTo(text.optOuts)
    const review = page.getByRole('region', { name: text.reviewTitle })
    await expect(review.getByText(likely)).toBeVisible()
    await expect(review.getByText('Галина Орлова')).toBeVisible()
    await expect(review.getByText('Весна')).toBeVisible()
    await pageShot(page, `replies-to-review-${lang}`)

    await review.getByRole('button', { name: text.isOptOut }).click()
    await expect(review).toHaveCount(0)
    await expect(page.getByTestId('nav-count-optOuts')).toHaveCount(0)
    expect(await optedOut()).toEqual(['+79161111111', '+79162222222', '+79164444444'])
    await expect(page.getByRole('row', { name: /Галина Орлова/ })).toContainText(likely)

    // On the person's card: the reply, how Rupor read it and the owner's decision.
    await app.goTo(text.contacts)
    await page
      .getByRole('table')
      .getByRole('row', { name: /Галина Орлова/ })
      .click()
    const drawer = page.getByRole('dialog', { name: 'Галина Орлова' })
    const onCard = drawer.getByRole('region', { name: text.contactReplies })
    await expect(onCard.getByText(likely)).toBeVisible()
    await expect(onCard.getByText(text.maybe, { exact: true })).toBeVisible()
    await expect(onCard.getByText(text.decided)).toBeVisible()
    await onCard.scrollIntoViewIfNeeded()
    await shot(page, `replies-contact-card-${lang}`)
    await page.keyboard.press('Escape')

    // On the campaign's page: all four, each with its reading.
    await app.goTo(text.campaigns)
    await page.getByRole('row', { name: /Весна/ }).getByText('Весна').click()
    const onPage = page.getByRole('region', { name: text.campaignReplies })
    await expect(onPage.getByRole('row')).toHaveCount(1 + 4)
    await expect(onPage.getByRole('row', { name: /Анна Петрова/ })).toContainText(text.stop)
    await expect(onPage.getByRole('row', { name: /Борис Иванов/ })).toContainText(text.stop)
    await expect(onPage.getByRole('row', { name: /Вера Кузнецова/ })).toContainText(text.other)
    await expect(onPage.getByRole('row', { name: /Галина Орлова/ })).toContainText(text.maybe)
    await onPage.scrollIntoViewIfNeeded()
    await shot(onPage, `replies-campaign-${lang}`)
    expect(campaign.id).toBeGreaterThan(0)
  })
}

/** Through the API (other specs cover connecting and composing): a campaign sent to all four. */
async function sentCampaign(): Promise<Campaign> {
  await importCsv(host, book, 'клиенты.csv')
  const contacts = await callHost<ContactPage>(host, 'contacts.query', { limit: 10 })
  const list = await callHost<ListDetail>(host, 'lists.create', {
    name: 'Постоянные',
    contactIds: contacts.rows.map((row) => row.id),
  })
  const created = await connectHostCloudNumber(host, server, {
    label: 'Ромашка',
    phone: '+7 999 000-00-00',
  })
  const campaign = await saveTemplateCampaign(hostCall(host), {
    name: 'Весна',
    senderId: created.id,
    listIds: [list.id],
    templateName: 'hello_world',
    params: {},
  })
  await callHost(host, 'campaigns.start', { id: campaign.id })
  await expect
    .poll(
      async () =>
        (await callHost<CampaignDetail>(host, 'campaigns.get', { id: campaign.id })).counts.sent,
      { timeout: 45_000 },
    )
    .toBe(4)
  return campaign
}

/** The number on a count card. */
function countIn(scope: Locator, label: string) {
  return scope.getByRole('group', { name: label, exact: true }).locator('p').first()
}
