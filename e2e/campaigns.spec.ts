// The owner's whole loop through the UI: a sending number in Settings, a campaign composed for a
// list with its live preview, started, the assisted-send card answered, paused and resumed.
import { expect, test, type Page } from '@playwright/test'
import type { Campaign, CampaignItemsPage } from '../src/shared/campaigns'
import type { Eligibility } from '../src/shared/eligibility'
import type { SenderUsage } from '../src/shared/senders'
import type { ContactPage } from '../src/shared/contacts'
import { AppPage } from './support/app-page'
import { callHost, importCsv } from './support/host-api'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'

/** 60× faster: a gap of 30 s–5 min takes 0.5–5 s. Tuesday, inside 10:00–20:00 in Moscow. */
const timeScale = 60
const clockStart = '2026-12-01T10:30:00+03:00'

function book(): string {
  return [
    'ФИО;Телефон;Согласие',
    'Анна Петрова;8 916 123-45-67;да',
    'Борис Иванов;8 903 555-12-34;да',
    'Вера Смирнова;8 926 111-22-33;нет',
  ].join('\n')
}

let host: HostProcess
test.beforeEach(async () => {
  host = await startHostProcess({ dataDir: newDataDir(), lang: 'ru', timeScale, clockStart })
  await importCsv(host, book(), 'клиенты.csv')
  const contacts = await callHost<ContactPage>(host, 'contacts.query', { limit: 10 })
  await callHost(host, 'lists.create', {
    name: 'Постоянные',
    description: '',
    contactIds: contacts.rows.map((row) => row.id),
  })
})
test.afterEach(async () => {
  await host.stop()
})

async function addSender(page: Page, app: AppPage) {
  await app.goTo('Настройки')
  await page.getByRole('button', { name: 'Добавить номер' }).click()
  const dialog = page.getByRole('dialog', { name: 'Новый номер для рассылки' })
  await dialog.getByRole('textbox', { name: 'Название' }).fill('Магазин на Садовой')
  await dialog.getByRole('textbox', { name: 'Номер WhatsApp магазина' }).fill('+7 916 000-11-22')
  // Long on WhatsApp: no warm-up. The age is asked, never assumed, each answer with its pace.
  await dialog.getByRole('button', { name: 'Сохранить' }).click()
  await expect(
    dialog.getByRole('radiogroup', { name: 'Когда этот номер начал пользоваться WhatsApp?' }),
  ).toHaveAccessibleDescription(/Выберите один из ответов\./)
  const newNumber = dialog.getByRole('radio', { name: 'Только что — это новый номер' })
  await expect(newNumber).not.toBeChecked()
  await expect(dialog.getByText('Сейчас новых чатов в день — до 20')).toBeVisible()
  await dialog.getByRole('radio', { name: 'Год назад или раньше' }).check()
  await dialog.getByRole('combobox', { name: 'Часовой пояс' }).click()
  await page.getByRole('option', { name: /^Москва, GMT\+3/ }).click()
  // The limits cannot be made looser than WhatsApp's rules of thumb.
  await expect(dialog.getByRole('textbox', { name: 'Сообщений в час' })).toHaveValue('50')
  await dialog.getByRole('button', { name: 'Сохранить' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText('Магазин на Садовой', { exact: true })).toBeVisible()
  await expect(page.getByText('пн–сб, 10:00–20:00 · Москва, GMT+3', { exact: false })).toBeVisible()
}

test('compose a campaign with its preview, start it, answer the assisted sends; "asked to stop" opts out for good', async ({
  page,
}) => {
  const app = new AppPage(page)
  await app.open(host.pageUrl)
  await addSender(page, app)

  await app.goTo('Рассылки')
  await expect(app.heading('Рассылок пока нет')).toBeVisible()
  await page.getByRole('button', { name: 'Новая рассылка' }).click()
  await page.getByRole('textbox', { name: 'Название' }).fill('Скидки к Новому году')
  await page.getByRole('combobox', { name: 'Кому' }).click()
  await page.getByRole('option', { name: /Постоянные — 3 человека, получат 2/ }).click()
  await page
    .getByRole('textbox', { name: 'Сообщение' })
    .fill('Здравствуйте, {{first_name|друг}}! Скидка 15% на всё.')

  // The live preview shows the real recipients, with the opt-out line.
  const preview = page.getByLabel('Как это увидят')
  await expect(preview.getByText('Здравствуйте, Анна! Скидка 15% на всё.')).toBeVisible()
  await expect(preview.getByText('Здравствуйте, Борис! Скидка 15% на всё.')).toBeVisible()
  await expect(
    preview.getByText('Ответьте СТОП, чтобы не получать сообщения').first(),
  ).toBeVisible()

  await page.getByRole('button', { name: 'Запустить' }).click()
  const start = page.getByRole('dialog', { name: 'Запустить рассылку «Скидки к Новому году»?' })
  await expect(start.getByText('Получат: 2 человека из списка «Постоянные».')).toBeVisible()
  await start.getByRole('button', { name: 'Запустить' }).click()

  // The campaign's page: the one without consent is skipped with the reason.
  await expect(app.heading('Скидки к Новому году')).toBeVisible()
  await expect(page.getByLabel('Пропущено: 1')).toBeVisible()
  await expect(page.getByText('Согласие отозвано: 1')).toBeVisible()

  // The first paced moment: the card names the person and offers the four answers.
  const card = page.getByRole('region', { name: 'Ваша очередь: отправьте сообщение' })
  await expect(card).toBeVisible({ timeout: 20_000 })
  const first = (await card.getByText(/Анна Петрова|Борис Иванов/).textContent()) ?? ''
  await card.getByRole('button', { name: 'Отправлено' }).click()
  await expect(page.getByLabel('Отправлено: 1')).toBeVisible()
  await expect(page.getByText('За последний час')).toBeVisible()

  // The next one asks to stop: opted out for good.
  await expect(card).toBeVisible({ timeout: 20_000 })
  const second = first.startsWith('Анна') ? 'Борис Иванов' : 'Анна Петрова'
  await expect(card.getByText(second)).toBeVisible()
  await card.getByRole('button', { name: 'Просит не писать' }).click()
  await expect(page.getByText('Завершена', { exact: true }).first()).toBeVisible()
  const stopped = second.startsWith('Анна') ? '+79161234567' : '+79035551234'
  const eligibility = await callHost<Eligibility>(host, 'optOuts.check', { number: stopped })
  expect(eligibility.eligible).toBe(false)
  await expect(page.getByRole('cell', { name: 'Просьба не писать' })).toBeVisible()

  // The gauges and the ledger agree: one message sent this hour (the one who asked to stop was not).
  const [finished] = await callHost<Campaign[]>(host, 'campaigns.list', {})
  const usage = await callHost<SenderUsage>(host, 'senders.usage', { id: finished?.senderId })
  expect(usage).toMatchObject({ sentLastHour: 1, newChatsLast24h: 1, activeChats: 1 })
  await expect(page.getByRole('progressbar', { name: 'За последний час: 1 из 50' })).toBeVisible()
  await expect(page.getByRole('progressbar', { name: 'Активных чатов: 1 из 1 000' })).toBeVisible()

  // A later campaign to the same list leaves the person who asked to stop out, with the reason.
  const later = await callHost<Campaign>(host, 'campaigns.save', {
    name: 'Ещё одна',
    senderId: finished?.senderId,
    listIds: finished?.listIds,
    text: 'Снова здравствуйте!',
  })
  await callHost(host, 'campaigns.start', { id: later.id })
  const items = await callHost<CampaignItemsPage>(host, 'campaigns.items', { id: later.id })
  expect(items.rows.find((row) => row.e164 === stopped)).toMatchObject({
    state: 'skipped',
    reason: 'opted_out',
  })
})

test('a running campaign pauses and resumes, and cancelling asks first', async ({ page }) => {
  const app = new AppPage(page)
  await app.open(host.pageUrl)
  await addSender(page, app)
  await app.goTo('Рассылки')
  await page.getByRole('button', { name: 'Новая рассылка' }).click()
  await page.getByRole('textbox', { name: 'Название' }).fill('Новости')
  await page.getByRole('combobox', { name: 'Кому' }).click()
  await page.getByRole('option', { name: /Постоянные/ }).click()
  await page.getByRole('textbox', { name: 'Сообщение' }).fill('У нас новинки, {{first_name}}!')
  await page.getByRole('button', { name: 'Запустить' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Запустить' }).click()

  await expect(app.heading('Новости')).toBeVisible()
  await page.getByRole('button', { name: 'Пауза' }).click()
  await expect(
    page.getByText('Рассылка на паузе. Нажмите «Продолжить», когда будете готовы.'),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Продолжить' }).click()
  await expect(page.getByRole('button', { name: 'Пауза' })).toBeVisible()

  await page.getByRole('button', { name: 'Отменить рассылку' }).click()
  const confirm = page.getByRole('dialog', { name: 'Отменить рассылку «Новости»?' })
  await confirm.getByRole('button', { name: 'Отменить рассылку' }).click()
  await expect(
    page.getByText('Рассылка отменена. Оставшимся сообщение не отправится.'),
  ).toBeVisible()

  // The sidebar's «Рассылки», from inside a campaign, is the list of campaigns.
  await app.goTo('Рассылки')
  const row = page.getByRole('row', { name: /Новости/ })
  await expect(row.getByText('Отменена')).toBeVisible()
  await row.getByText('Новости').click()
  await expect(app.heading('Новости')).toBeVisible()
  await page.getByRole('button', { name: 'Все рассылки' }).click()
  await expect(row.getByText('Отменена')).toBeVisible()
})
