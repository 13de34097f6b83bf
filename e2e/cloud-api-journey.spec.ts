// The whole Cloud API journey in the UI, against the local Cloud API test server: connect a number,
// check it, compose a campaign from an approved template with its fields mapped, and run it while
// Meta answers as it would — one person undeliverable, one too recently messaged (pair rate limit),
// then a policy block (368). The campaign stops, the ban centre shows why, and nothing more is sent.
import { expect, test } from '@playwright/test'
import type { CampaignDetail, CampaignItemsPage } from '../src/shared/campaigns'
import type { Sender } from '../src/shared/senders'
import {
  startCloudApiTestServer,
  type CloudApiTestServer,
} from '../src/main/core/test-support/cloud-api-server'
import { AppPage } from './support/app-page'
import { startCloudHost } from './support/cloud-number'
import { callHost } from './support/host-api'
import type { HostProcess } from './support/host-process'
import { listOfEveryone } from './support/shop'
import { pageShot } from './support/shots'
import { fillDateField } from './support/date-fields'

const book = [
  'ФИО;Телефон;Согласие',
  'Анна Петрова;8 916 111-11-11;да',
  'Борис Иванов;8 916 222-22-22;да',
  'Вера Кузнецова;8 916 333-33-33;да',
  'Галина Орлова;8 916 444-44-44;да',
].join('\n')

let server: CloudApiTestServer
let host: HostProcess
test.afterEach(async () => {
  await host.stop()
  await server.close()
})

test('connect, check, compose from a template, and a 368 stops everything and opens the ban centre', async ({
  page,
}) => {
  test.setTimeout(180_000)
  server = await startCloudApiTestServer()
  // Anna's number has no WhatsApp; Boris was messaged too recently once; then Meta blocks the
  // number: attempts 1 (Anna), 2 (Boris, refused), 3 (Boris, accepted), then 368 for everything.
  server.setFate('+79161111111', { sync: 131026 })
  server.setFate('+79162222222', { sync: 131056, times: 1 })
  server.failAllAfter(3, 368)
  // 60× faster from a Tuesday morning in Moscow: a 30 s–5 min gap takes 0.5–5 s.
  host = await startCloudHost(server, 'ru', book)
  await listOfEveryone(host, 'Постоянные', 10)

  await page.setViewportSize({ width: 1360, height: 900 })
  const app = new AppPage(page)
  await app.open(host.pageUrl)

  // Connect: Settings → a Cloud API number, its server address pointed at the test server.
  await app.goTo('Настройки')
  await page.getByRole('button', { name: 'Добавить номер' }).click()
  const dialog = page.getByRole('dialog', { name: 'Новый номер для рассылки' })
  await dialog.getByRole('textbox', { name: 'Название' }).fill('Ромашка')
  await dialog.getByRole('textbox', { name: 'Номер WhatsApp магазина' }).fill('+7 999 000-00-00')
  await dialog.getByRole('radio', { name: 'Знаю точную дату' }).check()
  await fillDateField(
    dialog.getByRole('group', { name: 'С какого дня номер в WhatsApp' }),
    'ru',
    '2024-01-15',
  )
  await expect(dialog.getByText('Сейчас номеру')).toContainText('новых чатов в день — до 250')
  await dialog.getByRole('combobox', { name: 'Часовой пояс' }).click()
  await page.getByRole('option', { name: /^Москва, GMT\+3/ }).click()
  await dialog.getByRole('radio', { name: /WhatsApp Cloud API \(официальный\)/ }).click()
  await dialog
    .getByRole('textbox', { name: 'Идентификатор номера (Phone number ID)' })
    .fill(server.phoneNumberId)
  await dialog
    .getByRole('textbox', { name: 'Идентификатор аккаунта WhatsApp Business (WABA ID)' })
    .fill(server.wabaId)
  // The host keeps tokens unencrypted: the owner says so is fine before the field appears.
  await dialog.getByRole('button', { name: 'Сохранить без шифрования' }).click()
  await dialog.getByLabel('Ключ доступа (access token)').fill(server.token)
  await dialog.getByRole('button', { name: 'Для опытных' }).click()
  await dialog.getByRole('textbox', { name: 'Адрес сервера' }).fill(server.url)
  await dialog.getByRole('button', { name: 'Сохранить' }).click()
  await expect(dialog).toBeHidden()

  // Check the connection: the account in plain words.
  await page.getByRole('button', { name: 'Проверить подключение' }).click()
  await expect(
    page.getByText('Можно писать 250 новым людям в сутки · Качество: высокое', { exact: false }),
  ).toBeVisible()

  // Compose: the template, {{1}} the first name (the default), {{2}} one text for everyone.
  await app.goTo('Рассылки')
  await page.getByRole('button', { name: 'Новая рассылка' }).click()
  await page.getByRole('textbox', { name: 'Название' }).fill('Весна')
  await page.getByRole('combobox', { name: 'Кому' }).click()
  await page.getByRole('option', { name: /Постоянные/ }).click()
  await page.getByRole('combobox', { name: 'Шаблон' }).click()
  await page.getByRole('combobox', { name: 'Шаблон' }).fill('spring')
  await page.getByRole('option', { name: /spring_sale/ }).click()
  await page.getByRole('textbox', { name: 'Текст для всех {{2}}' }).fill('20%')
  await expect(
    page
      .getByLabel('Как это увидят')
      .getByText('Здравствуйте, Анна! Весенняя распродажа: скидка 20% до конца недели.'),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Сохранить черновик' }).click()
  await page.getByRole('button', { name: 'Запустить', exact: true }).click()
  await page
    .getByRole('dialog', { name: 'Запустить рассылку «Весна»?' })
    .getByRole('button', { name: 'Запустить', exact: true })
    .click()

  // Meta answers: undeliverable, pair rate limit, accepted, then 368 — and the campaign stops.
  const [campaign] = await callHost<CampaignDetail[]>(host, 'campaigns.list', {})
  if (!campaign) throw new Error('no campaign')
  await expect
    .poll(
      async () =>
        (await callHost<CampaignDetail>(host, 'campaigns.get', { id: campaign.id })).pauseReason
          ?.reason,
      { timeout: 60_000 },
    )
    .toBe('sender_blocked')
  const items = await callHost<CampaignItemsPage>(host, 'campaigns.items', { id: campaign.id })
  const byName = Object.fromEntries(items.rows.map((r) => [r.name, r]))
  expect(byName['Анна Петрова']).toMatchObject({ state: 'failed', reason: 'undeliverable' })
  // Accepted, or already delivered if the host's status poll has asked Meta's message history.
  expect(byName['Борис Иванов']).toMatchObject({ state: 'sent' })
  expect(['accepted', 'delivered']).toContain(byName['Борис Иванов']?.delivery)
  expect(byName['Вера Кузнецова']).toMatchObject({ state: 'planned' })
  expect(server.sent.map((m) => m.to)).toEqual(['+79162222222'])
  const [blocked] = await callHost<Sender[]>(host, 'senders.list', {})
  expect(blocked?.block).toMatchObject({ reason: 'policy_block', code: 368 })

  // The campaign's page says it stopped and why; the ban centre explains what to do.
  const stopped = page.getByRole('alert', { name: 'Номер заблокирован — рассылка остановлена' })
  await expect(stopped.getByText('код 368', { exact: false })).toBeVisible()
  // The core refuses to resume a blocked number's campaign: Resume waits, and says for what.
  await expect(page.getByRole('button', { name: 'Продолжить', exact: true })).toBeDisabled()
  await expect(
    page.getByText('Продолжить можно будет, когда вы разрешите отправку с этого номера'),
  ).toBeVisible()
  await pageShot(page, 'journey-campaign-stopped-ru')
  await stopped.getByRole('button', { name: 'Открыть «Блокировки»' }).click()
  await expect(
    page.getByText('Meta временно заблокировала отправку', { exact: false }),
  ).toBeVisible()
  await expect(page.getByText('код 368', { exact: false })).toBeVisible()
  await expect(
    page.getByRole('button', { name: 'Вопрос решён — разрешить отправку' }),
  ).toBeVisible()
  await pageShot(page, 'journey-ban-centre-ru')

  // Nothing more is sent: not a single request after the 368, minutes of app time later.
  const posts = () => server.requests.filter((r) => r.method === 'POST')
  const refusedAt = posts().findIndex((r) => r.status === 403)
  expect(refusedAt).toBeGreaterThan(-1)
  await page.waitForTimeout(5_000) // 5 minutes of the host's clock
  expect(posts().slice(refusedAt + 1)).toEqual([])
})
