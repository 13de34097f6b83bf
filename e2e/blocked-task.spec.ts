// A block ends the owner's open task everywhere: the notification that called them closes (it
// spoke the language chosen meanwhile), the campaign's page asks whether the message went out
// instead of "your turn", and "not sent" puts the person back in the queue.
import { expect, test } from '@playwright/test'
import type { Campaign, CampaignDetail } from '../src/shared/campaigns'
import { AppPage } from './support/app-page'
import { callHost, importCsv } from './support/host-api'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'
import { pageShot } from './support/shots'
import { listOfEveryone, saveShopNumber, tuesdayMorning, twoCustomers } from './support/shop'

let host: HostProcess | undefined
test.afterEach(async () => {
  await host?.stop()
})

test('a block closes the task notification and turns the open chat into a question', async ({
  page,
}) => {
  test.setTimeout(90_000)
  // A minute of the host's clock passes in half a second: the first chat comes within seconds.
  host = await startHostProcess({
    dataDir: newDataDir(),
    lang: 'ru',
    timeScale: 120,
    clockStart: tuesdayMorning,
  })
  await importCsv(host, twoCustomers, 'клиенты.csv')
  const list = await listOfEveryone(host, 'Постоянные')
  const shop = await saveShopNumber(host)
  const campaign = await callHost<Campaign>(host, 'campaigns.save', {
    name: 'Новинки декабря',
    senderId: shop.id,
    listIds: [list.id],
    text: 'Здравствуйте, {{first_name}}!',
  })
  const app = new AppPage(page)
  await app.open(host.pageUrl)
  await app.goTo('Контакты')
  await callHost(host, 'campaigns.start', { id: campaign.id })

  const toast = page.getByText(/^Пора отправить следующее сообщение: /)
  await expect(toast).toBeVisible({ timeout: 30_000 })
  // The owner switches to English: the notification says it in English too.
  await app.goTo('Настройки')
  await page.getByRole('radio', { name: 'English' }).check()
  const english = page.getByText(/^Time to send the next message: /)
  await expect(english).toBeVisible()
  await expect(page.getByRole('button', { name: 'Open the campaign' })).toBeVisible()

  const open = await callHost<CampaignDetail>(host, 'campaigns.get', { id: campaign.id })
  expect(open.task).not.toBeNull()
  await callHost(host, 'senders.reportBlock', { id: shop.id, kind: 'temporary', hours: 24 })
  await expect(english).toBeHidden()

  await app.goTo('Campaigns')
  await page
    .getByRole('row', { name: /Новинки декабря/ })
    .getByText('Новинки декабря')
    .click()
  await expect(page.getByRole('heading', { name: 'Новинки декабря' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Your turn: send the message' })).toHaveCount(0)
  await expect(page.getByText('Not known whether these went out')).toBeVisible()
  await expect(page.getByText(/the number was blocked/)).toBeVisible()
  // The risk gauge of a number that cannot send shows no score ("0 of 100" would read as safe).
  const meter = page.getByRole('meter').first()
  await expect(meter).toHaveAttribute('aria-valuetext', 'cannot send')
  await expect(page.getByText(/\d+ of 100/)).toHaveCount(0)
  await pageShot(page, 'blocked-task-campaign-en')
  await page.getByRole('button', { name: 'It was not sent' }).click()
  await expect(page.getByText('Not known whether these went out')).toBeHidden()
  const after = await callHost<CampaignDetail>(host, 'campaigns.get', { id: campaign.id })
  expect(after.task).toBeNull()
  expect(after.state).toBe('paused')
})
