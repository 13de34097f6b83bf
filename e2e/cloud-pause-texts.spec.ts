// Two of Meta's answers on the campaign's page, as the owner reads them: a send Meta answers
// "paused" (its delivery paused) stops the number's campaign and says why; a copy-code button
// whose value comes from an empty card field skips those people and says why in the recipients
// table, while the campaign goes on. In Russian and in English, with screenshots.
import { expect, test, type Page } from '@playwright/test'
import type { CampaignDetail } from '../src/shared/campaigns'
import type { TemplateParam } from '../src/shared/cloud-api'
import type { ListDetail } from '../src/shared/lists'
import type { Sender } from '../src/shared/senders'
import {
  defaultTemplates,
  mediaTemplates,
  startCloudApiTestServer,
  type CloudApiTestServer,
} from '../src/main/core/test-support/cloud-api-server'
import { AppPage } from './support/app-page'
import {
  connectHostCloudNumber,
  startCloudHost,
  startTemplateCampaign,
} from './support/cloud-number'
import { callHost } from './support/host-api'
import type { HostProcess } from './support/host-process'
import { listOfEveryone, twoCustomers } from './support/shop'
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

let server: CloudApiTestServer
let host: HostProcess
test.afterEach(async () => {
  await host.stop()
  await server.close()
})

/** The shop's number and the list both people are on. */
interface Shop {
  sender: Sender
  list: ListDetail
}

/** A host 60× faster from a Tuesday morning, its number connected, a list of both people. */
async function setUp(lang: 'ru' | 'en'): Promise<Shop> {
  server = await startCloudApiTestServer()
  server.setTemplates([...defaultTemplates(), ...mediaTemplates()])
  host = await startCloudHost(server, lang, twoCustomers)
  const sender = await connectHostCloudNumber(host, server, {
    label: 'Ромашка',
    phone: '+7 999 000-00-00',
  })
  const list = await listOfEveryone(host, 'Постоянные', 10)
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

const detailOf = (id: number) => callHost<CampaignDetail>(host, 'campaigns.get', { id })

/** Starts a campaign of the number's template to the list and waits until `settled` is `expected`. */
async function runUntil(
  { sender, list }: Shop,
  campaign: { name: string; templateName: string; params?: Record<string, TemplateParam> },
  settled: (detail: CampaignDetail) => unknown,
  expected: unknown,
): Promise<void> {
  const { id } = await startTemplateCampaign(host, {
    ...campaign,
    senderId: sender.id,
    listIds: [list.id],
  })
  await expect.poll(async () => settled(await detailOf(id)), { timeout: 30_000 }).toBe(expected)
}

for (const lang of ['ru', 'en'] as const) {
  const t = texts[lang]

  test(`${lang}: a send Meta answers "paused" stops the campaign, and its page says why`, async ({
    page,
  }) => {
    const shop = await setUp(lang)
    server.holdTemplatesAfter(0, 'paused')
    await runUntil(
      shop,
      { name: 'Весна', templateName: 'spring_sale' },
      (detail) => detail.pauseReason?.reason,
      'delivery_paused',
    )
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
    const shop = await setUp(lang)
    // Nobody has a patronymic: the code taken from it is empty for everyone.
    const params: Record<string, TemplateParam> = {
      'body:1': { kind: 'field', field: 'first_name', fallback: 'друг' },
      'button:0': { kind: 'field', field: 'middle_name', fallback: '' },
    }
    await runUntil(
      shop,
      { name: 'Осень', templateName: 'autumn_coupon', params },
      (detail) => detail.state,
      'finished',
    )
    expect(server.sent).toEqual([])
    await openCampaign(page, lang, 'Осень')
    await expect(page.getByText(t.buttonShort).first()).toBeVisible()
    await pageShot(page, `cloud-button-value-unusable-${lang}`)
  })
}
