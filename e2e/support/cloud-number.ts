// The Cloud API seeding and the composer's first steps that the Cloud specs share: a host that lets
// numbers connect to the local test server, a number connected through the host's API, a campaign
// of its template started, and a new campaign with its list and template picked in the UI.
import type { Page } from '@playwright/test'
import type { CampaignDetail } from '../../src/shared/campaigns'
import type { Sender } from '../../src/shared/senders'
import type { CloudApiTestServer } from '../../src/main/core/test-support/cloud-api-server'
import {
  connectCloudNumber,
  saveTemplateCampaign,
  type AppCall,
} from '../../src/main/core/test-support/cloud-number'
import { AppPage } from './app-page'
import { callHost, importCsv } from './host-api'
import { newDataDir, startHostProcess, type HostProcess } from './host-process'
import { tuesdayMorning } from './shop'

/** The host's API as one call by name, for the shared seeding in test-support/cloud-number. */
export function hostCall(host: HostProcess): AppCall {
  return (name, input) => callHost(host, name, input)
}

/**
 * A host that lets numbers connect to `server`, with `book` imported: 60× faster from a Tuesday
 * morning in Moscow, so a 30 s–5 min gap takes 0.5–5 s.
 */
export async function startCloudHost(
  server: Pick<CloudApiTestServer, 'url'>,
  lang: 'ru' | 'en',
  book: string,
): Promise<HostProcess> {
  const host = await startHostProcess({
    dataDir: newDataDir(),
    lang,
    timeScale: 60,
    clockStart: tuesdayMorning,
    cloudTestServer: server.url,
  })
  await importCsv(host, book, 'клиенты.csv')
  return host
}

/** A Cloud API number, started on 15 January 2024, connected to the test server. */
export function connectHostCloudNumber(
  host: HostProcess,
  server: CloudApiTestServer,
  number: { label: string; phone: string; token?: string },
): Promise<Sender> {
  return connectCloudNumber(hostCall(host), server, { ...number, startedOn: '2024-01-15' })
}

/** A campaign of the number's template (mapped as saveTemplateCampaign maps it), started. */
export async function startTemplateCampaign(
  host: HostProcess,
  campaign: Parameters<typeof saveTemplateCampaign>[1],
): Promise<CampaignDetail> {
  const saved = await saveTemplateCampaign<CampaignDetail>(hostCall(host), campaign)
  await callHost(host, 'campaigns.start', { id: saved.id })
  return saved
}

/** The composer's labels in the page's language. */
export interface ComposerWords {
  campaigns: string
  newCampaign: string
  name: string
  list: string
  template: string
}

/** Opens the app on Campaigns and starts a new campaign named `campaignName`. */
export async function openNewCampaign(
  page: Page,
  host: HostProcess,
  words: Pick<ComposerWords, 'campaigns' | 'newCampaign' | 'name'>,
  campaignName: string,
  viewport = { width: 1360, height: 900 },
): Promise<void> {
  await page.setViewportSize(viewport)
  const app = new AppPage(page)
  await app.open(host.pageUrl)
  await app.goTo(words.campaigns)
  await page.getByRole('button', { name: words.newCampaign }).click()
  await page.getByRole('textbox', { name: words.name }).fill(campaignName)
}

/** Picks the list whose name matches `list` in the composer's "to whom". */
export async function pickList(
  page: Page,
  words: Pick<ComposerWords, 'list'>,
  list: RegExp,
): Promise<void> {
  await page.getByRole('combobox', { name: words.list }).click()
  await page.getByRole('option', { name: list }).click()
}

/** Types `typed` into the template picker and picks the template named `name`. */
export async function pickTemplate(
  page: Page,
  words: Pick<ComposerWords, 'template'>,
  typed: string,
  name: string,
): Promise<void> {
  await page.getByRole('combobox', { name: words.template }).fill(typed)
  await page.getByRole('option', { name: new RegExp(name) }).click()
}
