// The loop the phone's broadcast lists need: someone on the phone's list opts out, so the next
// list message is refused — on the campaign page, in words with their name, and by the core if
// asked directly — until the owner confirms on the list's page that they are off the phone's
// list; then it goes, and is recorded for the others only. In Russian and English.
import { expect, test } from '@playwright/test'
import type { Campaign, CampaignItemsPage } from '../src/shared/campaigns'
import type { SenderUsage } from '../src/shared/senders'
import { AppPage } from './support/app-page'
import { callHost, importCsv } from './support/host-api'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'
import { listOnThePhone, saveShopNumber } from './support/shop'
import { hideToasts, pageShot } from './support/shots'

const texts = {
  ru: {
    campaigns: 'Рассылки',
    lists: 'Списки рассылки',
    refused: 'Сначала удалите из рассылки на телефоне: Анна Петрова.',
    openList: 'Открыть список «Весна»',
    removal: 'Удалите из рассылки на телефоне: Анна Петрова (отписка)',
    done: 'Готово, удалил(а)',
    record: /^Отправлено в рассылку «Весна» в \d\d:\d\d$/,
    recorded: /Отправлено в рассылку «Весна»/,
    items: 'Получатели',
  },
  en: {
    campaigns: 'Campaigns',
    lists: 'Broadcast lists',
    refused: 'First remove from the broadcast list on the phone: Анна Петрова.',
    openList: 'Open the list “Весна”',
    removal: 'Remove from the broadcast list on the phone: Анна Петрова (opted out)',
    done: 'Done, removed',
    record: /^Sent to the broadcast list “Весна” at \d{1,2}:\d\d[\s\u202f][AP]M$/,
    recorded: /Sent to the broadcast list “Весна”/,
    items: 'Recipients',
  },
} as const

const customers = [
  'ФИО;Телефон;Согласие',
  'Анна Петрова;8 916 111-11-11;да',
  'Борис Иванов;8 916 222-22-22;да',
  'Вера Кузнецова;8 916 333-33-33;да',
].join('\n')

let host: HostProcess
test.afterEach(async () => {
  await host.stop()
})

for (const lang of ['ru', 'en'] as const) {
  const t = texts[lang]

  test(`an opt-out blocks the next list message until the phone's list is fixed (${lang})`, async ({
    page,
  }) => {
    // The real clock: the time field defaults to the computer's now, as the owner's would.
    host = await startHostProcess({ dataDir: newDataDir(), lang })
    await importCsv(host, customers, 'клиенты.csv')
    const sender = await saveShopNumber(host)
    const list = await listOnThePhone(host, sender, {
      name: 'Весна',
      onPhone: ['+79161111111', '+79162222222', '+79163333333'],
    })
    const campaign = await callHost<Campaign>(host, 'campaigns.save', {
      name: 'Тюльпаны',
      senderId: sender.id,
      listIds: [list.id],
      text: 'Весенние тюльпаны уже в магазине!',
      way: 'phone_broadcast',
    })
    // Анна asked to stop (a reply on the phone, typed in by the owner).
    await callHost(host, 'optOuts.addNumbers', { text: '+7 916 111-11-11' })

    await page.setViewportSize({ width: 1366, height: 900 })
    const app = new AppPage(page)
    await app.open(host.pageUrl)
    await app.goTo(t.campaigns)
    await page.getByRole('button', { name: 'Тюльпаны', exact: true }).click()
    const panel = page.getByTestId('phone-broadcast-panel')
    await expect(panel.getByRole('alert')).toContainText(t.refused)
    await expect(panel.getByTestId('list-message-qr')).toHaveCount(0)
    await expect(panel.getByRole('button', { name: t.record })).toHaveCount(0)
    await hideToasts(page)
    await pageShot(page, `phone-broadcast-refused-${lang}`)
    // Asked directly, the core refuses too, and writes nothing.
    await expect(
      callHost(host, 'campaigns.recordListMessage', { id: campaign.id, sentAt: Date.now() }),
    ).rejects.toThrow(/list_message_refused/)

    // The list's page: the owner takes her off the phone's list and says so.
    await panel.getByRole('button', { name: t.openList }).click()
    const removal = page.getByTestId('phone-list').getByTestId('phone-todo-remove')
    await expect(removal).toContainText(t.removal)
    await removal.getByRole('button', { name: t.done }).click()
    await expect(removal).toBeHidden()

    // Back on the campaign (the section reopens it): it may go now, to Борис and Вера only.
    await app.goTo(t.campaigns)
    await expect(panel.getByRole('alert')).toHaveCount(0)
    await expect(panel.getByTestId('list-message-qr')).toBeVisible()
    await panel.getByRole('button', { name: t.record }).click()
    await expect(panel.getByText(t.recorded)).toBeVisible()
    const items = page.getByRole('table', { name: t.items })
    await expect(items.getByRole('row')).toHaveCount(3)
    await expect(items).not.toContainText('Анна Петрова')
    const sent = await callHost<CampaignItemsPage>(host, 'campaigns.items', { id: campaign.id })
    expect(sent.rows.map((row) => row.e164).sort()).toEqual(['+79162222222', '+79163333333'])
    const usage = await callHost<SenderUsage>(host, 'senders.usage', { id: sender.id })
    expect(usage).toMatchObject({ activeChats: 2 })
  })
}
