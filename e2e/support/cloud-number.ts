// The Cloud API seeding and the composer's first steps that the Cloud specs share: a number connected
// to the local test server through the host's API, and a new campaign with its list and template
// picked in the UI.
import type { Page } from '@playwright/test'
import type { Sender } from '../../src/shared/senders'
import type { CloudApiTestServer } from '../../src/main/core/test-support/cloud-api-server'
import { connectCloudNumber, type AppCall } from '../../src/main/core/test-support/cloud-number'
import { AppPage } from './app-page'
import { callHost } from './host-api'
import type { HostProcess } from './host-process'

/** The host's API as one call by name, for the shared seeding in test-support/cloud-number. */
export function hostCall(host: HostProcess): AppCall {
  return (name, input) => callHost(host, name, input)
}

/** A Cloud API number, started on 15 January 2024, connected to the test server. */
export function connectHostCloudNumber(
  host: HostProcess,
  server: CloudApiTestServer,
  number: { label: string; phone: string; token?: string },
): Promise<Sender> {
  return connectCloudNumber(hostCall(host), server, { ...number, startedOn: '2024-01-15' })
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
