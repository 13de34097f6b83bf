// Nothing is cut at 1366×768: every page and the main dialogs, in Russian and in English, with a
// shop's realistic data (long Russian names, a city column, a running campaign, a blocked number),
// checked for labels, buttons, badges, tabs and column heads whose words do not fit. Each screen
// is saved as a screenshot to look at.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Locator, type Page } from '@playwright/test'
import type { AssistedOutcome, Campaign, CampaignDetail } from '../src/shared/campaigns'
import type { ContactPage } from '../src/shared/contacts'
import type { ListDetail } from '../src/shared/lists'
import { AppPage } from './support/app-page'
import { describeClipped, findClippedText, type ClippedText } from './support/clipping'
import { callHost } from './support/host-api'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'
import { saveShopNumber, tuesdayMorning } from './support/shop'
import { hideToasts, pageShot, shot } from './support/shots'

/** The owner's laptop. */
const viewport = { width: 1366, height: 768 }

/** Fast enough that the paced moments of the running campaign come within a second or two. */
const timeScale = 120

/** A shop's file as Excel writes it: long names, a city column, a bad number, two numbers. */
const customers = [
  'ФИО;Телефон;Город;Группа;Согласие',
  'Преображенская-Голенищева Александра Константиновна;8 916 111-11-11;Санкт-Петербург;Постоянные покупатели;да',
  'Константинопольский Вячеслав Святославович;8 916 222-22-22;Нижний Новгород;Оптовые заказчики;да',
  'Петрова Анна Сергеевна;8 916 333-33-33, 8 495 123-45-67;Москва;Постоянные покупатели;да',
  'Иванов Борис Николаевич;8 916 444-44-44;Ростов-на-Дону;;да',
  'Смирнова Вера Павловна;8 916 555-55-55;Екатеринбург;Постоянные покупатели;',
  'Кузнецова Галина Михайловна;8 916 666-66-66;Москва;;да',
  'Орлов Дмитрий Александрович;8 916 777-77-77;Москва;Оптовые заказчики;нет',
  'Соколова Елена Викторовна;8 916 888-88-88;Петропавловск-Камчатский;;да',
  'Лебедева Зоя Игоревна;123;Москва;;да',
  'Новиков Игорь Владимирович;8 916 999-99-99;Москва;Постоянные покупатели;да',
  'Морозов Кирилл;;Москва;;да',
].join('\r\n')

const texts = {
  ru: {
    contacts: 'Контакты',
    lists: 'Списки рассылки',
    optOuts: 'Отписавшиеся',
    campaigns: 'Рассылки',
    blocks: 'Блокировки',
    settings: 'Настройки',
    importButton: 'Импорт контактов',
    start: 'Импортировать',
    consentGranted: 'Эти люди согласились получать сообщения',
    done: 'Готово',
    selectLoaded: 'Выбрать все загруженные',
    newCampaign: 'Новая рассылка',
    to: 'Кому',
    addNumbers: 'Добавить номера',
    addSender: 'Добавить номер',
    reportBlock: 'Сообщить о блокировке',
    yourTurn: 'Ваша очередь: отправьте сообщение',
    fromFilter: 'Список по условиям',
    startButton: 'Запустить',
    sessions: 'Ваши сеансы по дням',
  },
  en: {
    contacts: 'Contacts',
    lists: 'Broadcast lists',
    optOuts: 'Opt-outs',
    campaigns: 'Campaigns',
    blocks: 'Blocks',
    settings: 'Settings',
    importButton: 'Import contacts',
    start: 'Import',
    consentGranted: 'These people agreed to receive messages',
    done: 'Done',
    selectLoaded: 'Select all loaded',
    newCampaign: 'New campaign',
    to: 'To whom',
    addNumbers: 'Add numbers',
    addSender: 'Add a number',
    reportBlock: 'Report a block',
    yourTurn: 'Your turn: send the message',
    fromFilter: 'List from a filter',
    startButton: 'Start',
    sessions: 'Your sessions, day by day',
  },
} as const

/** Everything the walk checked and everything it found cut, for the report and the failure. */
class ClippingWalk {
  readonly screens: string[] = []
  readonly clipped: ClippedText[] = []

  constructor(
    private readonly page: Page,
    private readonly lang: 'ru' | 'en',
  ) {}

  /** Checks what is on the window now, and saves it as `clip-<lang>-<n>-<screen>.png`. */
  async check(screen: string): Promise<void> {
    // Mantine's transitions (a modal opening) end before anything is measured.
    await this.page.waitForTimeout(250)
    this.screens.push(screen)
    this.clipped.push(...(await findClippedText(this.page, { screen, lang: this.lang })))
    const name = `clip-${this.lang}-${String(this.screens.length).padStart(2, '0')}-${screen.replace(/[^a-z0-9]+/gi, '-')}`
    await pageShot(this.page, name)
  }

  /** A part a full-page shot leaves out (a dialog's body scrolls), brought into sight and saved. */
  async shotOf(part: Locator, what: string): Promise<void> {
    await part.scrollIntoViewIfNeeded()
    await shot(
      this.page,
      `clip-${this.lang}-${String(this.screens.length).padStart(2, '0')}-${what}`,
    )
  }
}

let host: HostProcess | undefined
test.afterEach(async () => {
  await host?.stop()
  host = undefined
})

for (const lang of ['ru', 'en'] as const) {
  const t = texts[lang]

  test(`nothing is cut at 1366×768: every page and the main dialogs (${lang})`, async ({
    page,
  }) => {
    test.setTimeout(90_000)
    const shopHost = await startHostProcess({
      dataDir: newDataDir(),
      lang,
      timeScale,
      clockStart: tuesdayMorning,
    })
    host = shopHost
    await page.setViewportSize(viewport)
    const app = new AppPage(page)
    const walk = new ClippingWalk(page, lang)
    await app.open(shopHost.pageUrl)
    await hideToasts(page)

    // A new owner: the empty book and the first-run guide.
    await walk.check('first-run guide, empty book')

    // The import, as the owner does it: the mapping with its column heads, the preview with the
    // rows that will not be imported, the report.
    await page.getByRole('button', { name: t.importButton }).first().click()
    const dialog = page.getByRole('dialog', { name: t.importButton })
    const file = join(shopHost.dataDir, lang === 'ru' ? 'клиенты.csv' : 'customers.csv')
    writeFileSync(file, `\uFEFF${customers}\r\n`)
    await dialog.locator('input[type="file"]').setInputFiles(file)
    await dialog.getByRole('button', { name: t.start, exact: true }).waitFor()
    await walk.check('import, mapping and preview')
    await walk.shotOf(dialog.getByRole('table').first(), 'file-columns')
    await walk.shotOf(dialog.getByRole('table').last(), 'preview-rows')
    await dialog.getByRole('radio', { name: t.consentGranted }).check()
    await dialog.getByRole('button', { name: t.start, exact: true }).click()
    await dialog.getByRole('button', { name: t.done }).waitFor()
    await walk.check('import, report')
    await dialog.getByRole('button', { name: t.done }).click()
    await expect(dialog).toBeHidden()

    // The book with its guide, then everyone ticked: the bulk bar.
    await page.getByRole('row', { name: /Константинопольский/ }).waitFor()
    await walk.check('contacts with the first-run guide')
    await page.getByRole('checkbox', { name: t.selectLoaded }).check()
    await walk.check('contacts, bulk bar')
    await page.getByRole('checkbox', { name: t.selectLoaded }).uncheck()
    await page
      .getByRole('row', { name: /Константинопольский/ })
      .getByRole('cell')
      .nth(1)
      .click()
    await page.getByRole('dialog').last().waitFor()
    await walk.check('contact card')
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toHaveCount(0)

    // The rest of the shop, through the API: lists, numbers (one blocked), opt-outs, a draft and a
    // running campaign with a few answers given and a task waiting.
    await seedShop(shopHost)

    await app.goTo(t.lists)
    await page.getByRole('row', { name: /Постоянные покупатели с Садовой/ }).waitFor()
    await walk.check('lists')
    await page.getByRole('button', { name: t.fromFilter }).first().click()
    await page.getByRole('dialog', { name: t.fromFilter }).waitFor()
    await page.waitForTimeout(500)
    await walk.check('lists, list from a filter dialog')
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toHaveCount(0)
    await page
      .getByRole('row', { name: /Постоянные покупатели с Садовой/ })
      .getByText('Постоянные покупатели с Садовой', { exact: false })
      .first()
      .click()
    await page.waitForTimeout(500)
    await walk.check('a list')

    await app.goTo(t.campaigns)
    await page.getByRole('row', { name: /Новогодние букеты/ }).waitFor()
    await walk.check('campaigns')
    await page.getByRole('button', { name: t.newCampaign }).click()
    const to = page.getByRole('combobox', { name: t.to })
    await to.click()
    await walk.check('composer, choosing the list')
    await page.getByRole('option', { name: /Постоянные покупатели с Садовой/ }).click()
    await page.waitForTimeout(500)
    await walk.check('composer')

    // The draft, started: the modal with who gets it, the pace and the assisted plan.
    await app.goTo(t.campaigns)
    await app.goTo(t.campaigns)
    await page
      .getByRole('row', { name: /Скидки на тюльпаны/ })
      .getByText('Скидки на тюльпаны')
      .click()
    await page.getByRole('button', { name: t.startButton, exact: true }).click()
    await page.getByRole('table', { name: t.sessions }).waitFor({ timeout: 20_000 })
    await walk.check('start modal with the assisted plan')
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toHaveCount(0)

    await app.goTo(t.campaigns)
    await app.goTo(t.campaigns)
    await page
      .getByRole('row', { name: /Новогодние букеты/ })
      .getByText('Новогодние букеты')
      .click()
    await page.getByRole('region', { name: t.yourTurn }).waitFor({ timeout: 20_000 })
    await walk.check('campaign detail: task card, progress, items, results')

    await app.goTo(t.optOuts)
    await page
      .getByRole('row', { name: /\+7 916 000-00-01|\+7 916 000/ })
      .first()
      .waitFor()
    await walk.check('opt-outs')
    await page.getByRole('button', { name: t.addNumbers }).first().click()
    await page.getByRole('dialog').last().waitFor()
    await walk.check('opt-outs, add numbers dialog')
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toHaveCount(0)

    await app.goTo(t.blocks)
    await page.waitForTimeout(500)
    await walk.check('ban centre')
    await page.getByRole('button', { name: t.reportBlock }).first().click()
    await page.getByRole('dialog').last().waitFor()
    await walk.check('ban centre, report a block dialog')
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toHaveCount(0)

    await app.goTo(t.settings)
    await page.getByRole('button', { name: t.addSender }).first().waitFor()
    await walk.check('settings: shop, consent, numbers, data folder, backups, export')
    await page.getByRole('button', { name: t.addSender }).first().click()
    await page.getByRole('dialog').last().waitFor()
    await walk.check('settings, number dialog')
    await page.keyboard.press('Escape')

    console.log(`[${lang}] screens checked:\n  ${walk.screens.join('\n  ')}`)
    expect(walk.clipped, `Clipped text:\n${describeClipped(walk.clipped)}`).toEqual([])
  })
}

/** Lists, two numbers (one blocked), opt-outs, a draft, and a campaign running with a task. */
async function seedShop(shopHost: HostProcess): Promise<void> {
  const book = await callHost<ContactPage>(shopHost, 'contacts.query', { limit: 100 })
  const ids = book.rows.map((row) => row.id)
  const regulars = await callHost<ListDetail>(shopHost, 'lists.create', {
    name: 'Постоянные покупатели с Садовой улицы',
    description: 'Все, кто покупал у нас больше двух раз за последний год',
    contactIds: ids,
  })
  await callHost(shopHost, 'lists.create', {
    name: 'Оптовые заказчики',
    description: '',
    contactIds: ids.slice(0, 3),
  })
  const shop = await saveShopNumber(shopHost, { label: 'Магазин «Цветы на Садовой»' })
  const spare = await saveShopNumber(shopHost, {
    label: 'Запасной номер',
    phone: '+7 916 000-33-44',
  })
  await callHost(shopHost, 'senders.reportBlock', { id: spare.id, kind: 'temporary', hours: 24 })
  await callHost(shopHost, 'optOuts.addNumbers', {
    text: '+7 916 000-00-01\n+7 916 000-00-02',
    note: 'Попросила не писать по телефону',
  })
  await callHost(shopHost, 'campaigns.save', {
    name: 'Скидки на тюльпаны к Восьмому марта',
    senderId: shop.id,
    listIds: [regulars.id],
    text: 'Здравствуйте, {{first_name|друг}}! Тюльпаны со скидкой 20% до 8 марта.',
  })
  const running = await callHost<Campaign>(shopHost, 'campaigns.save', {
    name: 'Новогодние букеты и подарочные корзины',
    senderId: shop.id,
    listIds: [regulars.id],
    text: 'Здравствуйте, {{first_name|друг}}! Принимаем заказы на новогодние букеты.',
  })
  await callHost(shopHost, 'campaigns.start', { id: running.id })
  const answers: AssistedOutcome[] = ['sent', 'asked_to_stop', 'sent']
  for (const outcome of answers) {
    const task = await nextTask(shopHost, running.id)
    await callHost(shopHost, 'campaigns.confirm', { itemId: task, outcome })
  }
}

/** The item the owner is asked to send next, once its paced moment comes. */
async function nextTask(shopHost: HostProcess, campaignId: number): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const { task } = await callHost<CampaignDetail>(shopHost, 'campaigns.get', { id: campaignId })
    if (task) return task.itemId
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error('No paced moment came within 20 seconds.')
}

test('the check finds a badge too narrow for its word, and passes a whole one', async ({
  page,
}) => {
  await page.setViewportSize(viewport)
  // Mantine's badge, as its stylesheet draws it: one line, its overflow hidden and ended by "…".
  const badge = 'display:inline-grid;overflow:hidden;text-overflow:ellipsis;padding:0 8px'
  const label = 'white-space:nowrap;overflow:hidden;text-overflow:ellipsis'
  await page.setContent(`
    <span class="mantine-Badge-root" style="${badge};width:40px"><span class="mantine-Badge-label" style="${label}">Отправляется</span></span>
    <span class="mantine-Badge-root" style="${badge}"><span class="mantine-Badge-label" style="${label}">Черновик</span></span>
    <table style="width:120px;table-layout:fixed"><thead><tr><th style="width:60px"><div style="${label}">Не будет импортировано</div></th><th>Город</th></tr></thead></table>
    <button class="mantine-Button-root" style="width:60px;white-space:nowrap;overflow:visible">Отметить согласие</button>
    <select style="width:80px"><option>Не импортировать</option></select>
    <label style="display:block;width:400px">Сообщение</label>
    <div style="width:200px;overflow-x:auto"><table style="width:400px"><thead><tr><th>Строка</th><th style="width:300px">Замечания</th></tr></thead></table></div>
    <span style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)"><label>Только для экранного диктора</label></span>
  `)
  const clipped = await findClippedText(page, { screen: 'test page', lang: 'ru' })
  expect(clipped.map((c) => [c.kind, c.text])).toEqual([
    ['badge', 'Отправляется'],
    ['button', 'Отметить согласие'],
    ['column head', 'Не будет импортировано'],
    ['column head', 'Замечания'],
    ['chosen value', 'Не импортировать'],
  ])
  expect(describeClipped(clipped)).toContain('[ru] test page · badge «Отправляется» — text ')
})
