// One campaign to several lists: «Кому» takes two lists (one person in both), the start modal
// names both and the total, and the campaign's people are each there once; or everyone a filter
// finds, made into lists of at most 256 from the composer. In Russian and in English, at 1366×768.
import { expect, test, type Page } from '@playwright/test'
import type { ContactPage } from '../src/shared/contacts'
import type { ListDetail } from '../src/shared/lists'
import { AppPage } from './support/app-page'
import { callHost, importCsv } from './support/host-api'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'
import { saveShopNumber, tuesdayMorning } from './support/shop'
import { hideToasts, pageShot, shot } from './support/shots'

const texts = {
  ru: {
    campaigns: 'Рассылки',
    newCampaign: 'Новая рассылка',
    name: 'Название',
    to: 'Кому',
    message: 'Сообщение',
    start: 'Запустить',
    startTitle: 'Запустить рассылку «Весна»?',
    summary: '4 человека в 2 списках, по очереди',
    who: 'Получат: 4 человека из 2 списков по очереди: «Весна 1/2» и «Весна 2/2».',
    from: 'списки по очереди: «Весна 1/2» и «Весна 2/2»',
    items: 'Получатели',
    fromFilter: 'Всем, кого находит фильтр…',
    builder: 'Список по условиям',
    listName: 'Название списка',
    buildTwo: 'Собрать 2 списка',
    bigSummary: '300 человек в 2 списках, по очереди',
    built: 'Готово: 2 списка. Они выбраны в «Кому».',
  },
  en: {
    campaigns: 'Campaigns',
    newCampaign: 'New campaign',
    name: 'Name',
    to: 'To whom',
    message: 'Message',
    start: 'Start',
    startTitle: 'Start the campaign “Весна”?',
    summary: '4 people in 2 lists, one after another',
    who: 'Goes to 4 people of 2 lists, one after another: “Весна 1/2” and “Весна 2/2”.',
    from: 'lists one after another: “Весна 1/2” and “Весна 2/2”',
    items: 'Recipients',
    fromFilter: 'Everyone a filter finds…',
    builder: 'List from a filter',
    listName: 'List name',
    buildTwo: 'Build 2 lists',
    bigSummary: '300 people in 2 lists, one after another',
    built: 'Done: 2 lists, chosen in “To whom”.',
  },
} as const

const fourCustomers = [
  'ФИО;Телефон;Согласие',
  'Анна Петрова;8 916 111-11-11;да',
  'Борис Иванов;8 916 222-22-22;да',
  'Вера Кузнецова;8 916 333-33-33;да',
  'Галина Орлова;8 916 444-44-44;да',
].join('\n')

const manyCustomers = (people: number) =>
  [
    'ФИО;Телефон;Согласие',
    ...Array.from(
      { length: people },
      (_, i) => `Клиент ${String(i + 1)};8 916 ${String(10_000_000 + i).slice(1)};да`,
    ),
  ].join('\n')

let host: HostProcess
test.afterEach(async () => {
  await host.stop()
})

async function open(page: Page, lang: 'ru' | 'en', book: string) {
  host = await startHostProcess({ dataDir: newDataDir(), lang, clockStart: tuesdayMorning })
  await importCsv(host, book, 'клиенты.csv')
  await saveShopNumber(host)
  await page.setViewportSize({ width: 1366, height: 768 })
  const app = new AppPage(page)
  await app.open(host.pageUrl)
  return app
}

for (const lang of ['ru', 'en'] as const) {
  const t = texts[lang]

  test(`a campaign to two lists names both, counts someone in both once, and queues them once (${lang})`, async ({
    page,
  }) => {
    const app = await open(page, lang, fourCustomers)
    const contacts = await callHost<ContactPage>(host, 'contacts.query', {})
    const id = (name: string) => contacts.rows.find((row) => row.name === name)?.id ?? 0
    // Вера is in both lists.
    await callHost<ListDetail>(host, 'lists.create', {
      name: 'Весна 1/2',
      contactIds: [id('Анна Петрова'), id('Борис Иванов'), id('Вера Кузнецова')],
    })
    await callHost<ListDetail>(host, 'lists.create', {
      name: 'Весна 2/2',
      contactIds: [id('Вера Кузнецова'), id('Галина Орлова')],
    })

    await app.goTo(t.campaigns)
    await page.getByRole('button', { name: t.newCampaign }).click()
    await page.getByRole('textbox', { name: t.name, exact: true }).fill('Весна')
    const to = page.getByRole('combobox', { name: t.to })
    await to.click()
    await page.getByRole('option', { name: /^Весна 1\/2/ }).click()
    await page.getByRole('option', { name: /^Весна 2\/2/ }).click()
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('composer-audience')).toContainText(t.summary)
    await page.getByRole('textbox', { name: t.message }).fill('Здравствуйте, {{first_name|друг}}!')
    await hideToasts(page)
    await pageShot(page, `multi-list-composer-${lang}`)

    await page.getByRole('button', { name: t.start, exact: true }).click()
    const start = page.getByRole('dialog', { name: t.startTitle })
    await expect(start.getByText(t.who)).toBeVisible()
    await shot(start, `multi-list-start-modal-${lang}`)
    await start.getByRole('button', { name: t.start, exact: true }).click()

    // The campaign's page: both lists named, and four people, Вера once.
    await expect(app.heading('Весна')).toBeVisible()
    await expect(page.getByText(t.from)).toBeVisible()
    const items = page.getByRole('table', { name: t.items })
    await expect(items.getByRole('row')).toHaveCount(5)
    for (const name of ['Анна Петрова', 'Борис Иванов', 'Вера Кузнецова', 'Галина Орлова']) {
      await expect(items.getByText(name, { exact: true })).toHaveCount(1)
    }
    await pageShot(page, `multi-list-detail-${lang}`)
  })

  test(`everyone a filter finds becomes lists of at most 256, chosen in «Кому» (${lang})`, async ({
    page,
  }) => {
    const app = await open(page, lang, manyCustomers(300))
    // The shop has made a list before (with none, Campaigns leads to Lists first).
    const firstTwo = await callHost<ContactPage>(host, 'contacts.query', { limit: 2 })
    await callHost(host, 'lists.create', {
      name: 'Постоянные',
      contactIds: firstTwo.rows.map((row) => row.id),
    })
    await app.goTo(t.campaigns)
    await page.getByRole('button', { name: t.newCampaign }).click()
    await page.getByRole('textbox', { name: t.name, exact: true }).fill('Весна')
    await page.getByRole('button', { name: t.fromFilter }).click()
    const builder = page.getByRole('dialog', { name: t.builder })
    // Named after the campaign; 300 people make two lists of 150.
    await expect(builder.getByRole('textbox', { name: t.listName })).toHaveValue('Весна')
    await builder.getByRole('button', { name: t.buildTwo }).click()
    await expect(builder).toBeHidden()
    await expect(page.getByText(t.built)).toBeVisible()
    await expect(page.getByTestId('composer-audience')).toContainText(t.bigSummary)
    await expect(page.getByText('Весна 1/2', { exact: false }).first()).toBeVisible()
    await expect(page.getByText('Весна 2/2', { exact: false }).first()).toBeVisible()
    await hideToasts(page)
    await pageShot(page, `multi-list-from-filter-${lang}`)
  })
}
