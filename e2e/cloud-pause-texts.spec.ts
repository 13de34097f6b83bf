// Two of Meta's answers on the campaign's page, as the owner reads them: a send Meta answers
// "paused" (its delivery paused) stops the number's campaign and says why; a copy-code button
// whose value comes from an empty card field skips those people and says why in the recipients
// table, while the campaign goes on. In Russian and in English, with screenshots.
import { expect, test, type Page } from '@playwright/test'
import type { CampaignDetail } from '../src/shared/campaigns'
import type { ContactPage } from '../src/shared/contacts'
import type { ListDetail } from '../src/shared/lists'
import type { Sender } from '../src/shared/senders'
import {
  defaultTemplates,
  mediaTemplates,
  startCloudApiTestServer,
  type CloudApiTestServer,
} from '../src/main/core/test-support/cloud-api-server'
import { saveTemplateCampaign } from '../src/main/core/test-support/cloud-number'
import { AppPage } from './support/app-page'
import { connectHostCloudNumber, hostCall } from './support/cloud-number'
import { callHost, importCsv } from './support/host-api'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'
import { tuesdayMorning } from './support/shop'
import { hideToasts, pageShot } from './support/shots'

const texts = {
  ru: {
    campaigns: 'Рассылки',
    stopped: 'Рупор остановил рассылку',
    deliveryPaused: 'Meta приостановила доставку сообщения',
    buttonShort: 'Нечего подставить в кнопку',
  },
  en: {
    campaigns: 'Campaigns',
    stopped: 'Rupor stopped the campaign',
    deliveryPaused: 'Meta paused the delivery of a message',
    buttonShort: 'No value for the button',
  },
} as const

const book = [
  'ФИО;Телефон;Согласие',
  'Анна Петрова;8 916 111-11-11;да',
  'Борис Иванов;8 916 222-22-22;да',
].join('\n')

let server: CloudApiTestServer
let host: HostProcess
test.afterEach(async () => {
  await host.stop()
  await server.close()
})

/** A host 60× faster from a Tuesday morning, its number connected, a list of both people. */
async function setUp(lang: 'ru' | 'en'): Promise<{ sender: Sender; list: ListDetail }> {
  server = await startCloudApiTestServer()
  server.setTemplates([...defaultTemplates(), ...mediaTemplates()])
  host = await startHostProcess({
    dataDir: newDataDir(),
    lang,
    timeScale: 60,
    clockStart: tuesdayMorning,
    cloudTestServer: server.url,
  })
  await importCsv(host, book, 'клиенты.csv')
  const sender = await connectHostCloudNumber(host, server, {
    label: 'Ромашка',
    phone: '+7 999 000-00-00',
  })
  const contacts = await callHost<ContactPage>(host, 'contacts.query', { limit: 10 })
  const list = await callHost<ListDetail>(host, 'lists.create', {
    name: 'Постоянные',
    contactIds: contacts.rows.map((row) => row.id),
  })
  return { sender, list }
}

/** The campaign's page, opened from the campaigns' overview. */
async function openCampaign(page: Page, lang: 'ru' | 'en', name: string): Promise<void> {
  await page.setViewportSize({ width: 1366, height: 900 })
  const app = new AppPage(page)
  await app.open(host.pageUrl)
  await hideToasts(page)
  await app.goTo(texts[lang].campaigns)
  await page.getByRole('button', { name }).click()
}

async function started(campaign: CampaignDetail): Promise<CampaignDetail> {
  await callHost(host, 'campaigns.start', { id: campaign.id })
  return campaign
}

const detailOf = (id: number) => callHost<CampaignDetail>(host, 'campaigns.get', { id })

for (const lang of ['ru', 'en'] as const) {
  const t = texts[lang]

  test(`${lang}: a send Meta answers "paused" stops the campaign, and its page says why`, async ({
    page,
  }) => {
    const { sender, list } = await setUp(lang)
    server.holdTemplatesAfter(0, 'paused')
    const campaign = await started(
      await saveTemplateCampaign<CampaignDetail>(hostCall(host), {
        name: 'Весна',
        senderId: sender.id,
        listIds: [list.id],
        templateName: 'spring_sale',
      }),
    )
    await expect
      .poll(async () => (await detailOf(campaign.id)).pauseReason?.reason, { timeout: 30_000 })
      .toBe('delivery_paused')
    await openCampaign(page, lang, 'Весна')
    const alert = page.getByRole('alert').filter({ hasText: t.stopped })
    await expect(alert.getByText(t.deliveryPaused, { exact: false })).toBeVisible()
    // The page has read its number (the subtitle and the limits name it) before the screenshot.
    await expect(page.getByText(/Ромашка/).first()).toBeVisible()
    await pageShot(page, `cloud-delivery-paused-${lang}`)
  })

  test(`${lang}: a copy code from an empty card field skips those people, and says why`, async ({
    page,
  }) => {
    const { sender, list } = await setUp(lang)
    // Nobody has a patronymic: the code taken from it is empty for everyone.
    const campaign = await started(
      await saveTemplateCampaign<CampaignDetail>(hostCall(host), {
        name: 'Осень',
        senderId: sender.id,
        listIds: [list.id],
        templateName: 'autumn_coupon',
        params: {
          'body:1': { kind: 'field', field: 'first_name', fallback: 'друг' },
          'button:0': { kind: 'field', field: 'middle_name', fallback: '' },
        },
      }),
    )
    await expect
      .poll(async () => (await detailOf(campaign.id)).state, { timeout: 30_000 })
      .toBe('finished')
    expect(server.sent).toEqual([])
    await openCampaign(page, lang, 'Осень')
    await expect(page.getByText(t.buttonShort).first()).toBeVisible()
    await pageShot(page, `cloud-button-value-unusable-${lang}`)
  })
}
