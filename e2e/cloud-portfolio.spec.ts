// Two Cloud API numbers of one business portfolio (Meta names it at "check connection"): the
// number's panel says whom it shares Meta's daily limit with, and the limit's gauge counts the
// people both reached. Then Meta holds a message for a quality check (portfolio pacing): the
// number's campaign stops, saying why. In Russian and in English.
import { expect, test, type Page } from '@playwright/test'
import type { CampaignDetail } from '../src/shared/campaigns'
import type { Sender, SenderUsage } from '../src/shared/senders'
import {
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
import { listOfEveryone } from './support/shop'
import { pageShot } from './support/shots'

const texts = {
  ru: {
    settings: 'Настройки',
    campaigns: 'Рассылки',
    shared: 'Лимит Meta на новых людей в сутки общий с номером Филиал (+7 999 000 00 01)',
    title: 'Общий лимит бизнес-портфеля',
    stopped: 'Рупор остановил рассылку',
    held: 'Meta задержала сообщение на проверку качества',
    branchLimits: 'Ограничения номера «Филиал»',
  },
  en: {
    settings: 'Settings',
    campaigns: 'Campaigns',
    shared: 'Meta’s daily limit of new people is shared with Филиал (+7 999 000 00 01)',
    title: 'The business portfolio’s shared limit',
    stopped: 'Rupor stopped the campaign',
    held: 'Meta held a message for a quality check',
    branchLimits: 'Limits of the number “Филиал”',
  },
} as const

const book = [
  'ФИО;Телефон;Согласие',
  'Анна Петрова;8 916 111-11-11;да',
  'Борис Иванов;8 916 222-22-22;да',
  'Вера Кузнецова;8 916 333-33-33;да',
].join('\n')

let server: CloudApiTestServer
let host: HostProcess
test.afterEach(async () => {
  await host.stop()
  await server.close()
})

/** A number connected to the test server and checked: Meta names its business portfolio. */
async function cloudNumber(label: string, phone: string): Promise<Sender> {
  const connected = await connectHostCloudNumber(host, server, { label, phone })
  await callHost(host, 'cloud.check', { senderId: connected.id })
  return connected
}

for (const lang of ['ru', 'en'] as const) {
  const t = texts[lang]

  test(`two numbers of one portfolio share the tier, and a held message stops the campaign (${lang})`, async ({
    page,
  }: {
    page: Page
  }) => {
    test.setTimeout(60_000)
    server = await startCloudApiTestServer()
    // Portfolio pacing holds every template send: the answer says held_for_quality_assessment.
    server.holdTemplatesAfter(0)
    host = await startCloudHost(server, lang, book)
    const main = await cloudNumber('Ромашка', '+7 999 000-00-00')
    const branch = await cloudNumber('Филиал', '+7 999 000-00-01')
    const list = await listOfEveryone(host, 'Постоянные', 10)

    await page.setViewportSize({ width: 1366, height: 900 })
    const app = new AppPage(page)
    await app.open(host.pageUrl)
    await app.goTo(t.settings)
    const panel = page.getByRole('alert').filter({ hasText: t.title }).first()
    await expect(panel.getByText(t.shared, { exact: false })).toBeVisible()
    await pageShot(page, `cloud-portfolio-panel-${lang}`)

    const campaign = await startTemplateCampaign(host, {
      name: 'Весна',
      senderId: main.id,
      listIds: [list.id],
      templateName: 'spring_sale',
    })
    await expect
      .poll(
        async () =>
          (await callHost<CampaignDetail>(host, 'campaigns.get', { id: campaign.id })).pauseReason
            ?.reason,
        { timeout: 30_000 },
      )
      .toBe('held_for_quality')
    expect(server.sent.map((m) => m.held)).toEqual([true])

    await app.goTo(t.campaigns)
    await page.getByText('Весна', { exact: true }).first().click()
    const stopped = page.getByRole('alert', { name: t.stopped })
    await expect(stopped.getByText(t.held, { exact: false })).toBeVisible()
    await pageShot(page, `cloud-portfolio-held-${lang}`)

    // The other number of the portfolio sent nothing, yet its share of Meta's limit is used too.
    const usage = await callHost<SenderUsage>(host, 'senders.usage', { id: branch.id })
    expect(usage).toMatchObject({ tierPerDay: 250, tierUsed: 1, activeChats: 0 })
    await app.goTo(t.settings)
    await expect(page.getByText(t.branchLimits)).toBeVisible()
    await pageShot(page, `cloud-portfolio-shared-tier-${lang}`)
  })
}
