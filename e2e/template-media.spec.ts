// A template with a picture header and a URL button, through the UI against the local Cloud API
// test server: the owner picks the picture and types the end of the button's address; at the
// start Rupor uploads the picture once and every send names its id. A template with a location
// header is refused before the start, with the reason. In Russian and in English, with screenshots.
import { expect, test, type Locator, type Page } from '@playwright/test'
import type { Campaign } from '../src/shared/campaigns'
import type { ContactPage } from '../src/shared/contacts'
import {
  defaultTemplates,
  mediaTemplates,
  startCloudApiTestServer,
  type CloudApiTestServer,
} from '../src/main/core/test-support/cloud-api-server'
import {
  connectHostCloudNumber,
  openNewCampaign,
  pickList,
  pickTemplate,
} from './support/cloud-number'
import { callHost, importCsv } from './support/host-api'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'
import { tuesdayMorning } from './support/shop'
import { pageShot } from './support/shots'

const words = {
  ru: {
    campaigns: 'Рассылки',
    newCampaign: 'Новая рассылка',
    name: 'Название',
    list: 'Кому',
    template: 'Шаблон',
    headerTitle: 'Картинка в заголовке',
    noFile: 'Файл не выбран',
    chosen: 'vesna.jpg',
    buttonValue: 'Текст для всех кнопки «Смотреть»',
    saveDraft: 'Сохранить черновик',
    start: 'Запустить',
    startTitle: (name: string) => `Запустить рассылку «${name}»?`,
    refused: 'Рассылку нельзя запустить',
    cannotSend: 'Рупор не сможет отправить этот шаблон',
    location: 'в заголовке шаблона — место на карте',
    refusedReason: 'Рупор не может заполнить шаблон «store_location»',
    wrongType: 'Этот файл не подходит',
    campaignName: 'Весенняя коллекция',
  },
  en: {
    campaigns: 'Campaigns',
    newCampaign: 'New campaign',
    name: 'Name',
    list: 'To whom',
    template: 'Template',
    headerTitle: 'Picture in the header',
    noFile: 'No file chosen',
    chosen: 'vesna.jpg',
    buttonValue: 'Text for everyone button “Смотреть”',
    saveDraft: 'Save draft',
    start: 'Start',
    startTitle: (name: string) => `Start the campaign “${name}”?`,
    refused: 'The campaign cannot be started',
    cannotSend: 'Rupor cannot send this template',
    location: 'its header is a place on a map',
    refusedReason: 'Rupor cannot fill the template “store_location”',
    wrongType: 'This file will not do',
    campaignName: 'Spring collection',
  },
} as const

/** The first bytes of a JPEG, then filler: a picture as far as its type goes. */
const jpeg = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]),
  Buffer.alloc(20_000, 7),
])

let server: CloudApiTestServer
let host: HostProcess

async function setUp(lang: 'ru' | 'en'): Promise<void> {
  server = await startCloudApiTestServer()
  server.setTemplates([...defaultTemplates(), ...mediaTemplates()])
  host = await startHostProcess({
    dataDir: newDataDir(),
    lang,
    cloudTestServer: server.url,
    timeScale: 60,
    clockStart: tuesdayMorning,
  })
  await importCsv(
    host,
    [
      'ФИО;Телефон;Согласие',
      'Анна Петрова;8 916 123-45-67;да',
      'Борис Иванов;8 903 555-12-34;да',
    ].join('\n'),
    'клиенты.csv',
  )
  const contacts = await callHost<ContactPage>(host, 'contacts.query', { limit: 10 })
  await callHost<{ id: number }>(host, 'lists.create', {
    name: 'Постоянные',
    description: '',
    contactIds: contacts.rows.map((row) => row.id),
  })
  await connectHostCloudNumber(host, server, { label: 'Магазин Cloud', phone: '+7 916 000-11-22' })
}

test.afterEach(async () => {
  await host.stop()
  await server.close()
})

type Words = (typeof words)[keyof typeof words]

/** The composer opened on a new campaign to «Постоянные» with `templateName` picked. */
async function compose(page: Page, w: Words, templateName: string, height: number): Promise<void> {
  await openNewCampaign(page, host, w, w.campaignName, { width: 1360, height })
  await pickList(page, w, /Постоянные/)
  await pickTemplate(page, w, templateName, templateName)
}

/** Saves the draft, asks to start it and confirms; returns the start dialog. */
async function saveAndStart(page: Page, w: Words): Promise<Locator> {
  await page.getByRole('button', { name: w.saveDraft }).click()
  await expect
    .poll(async () => (await callHost<Campaign[]>(host, 'campaigns.list', {})).length)
    .toBe(1)
  await page.getByRole('button', { name: w.start, exact: true }).click()
  const modal = page.getByRole('dialog', { name: w.startTitle(w.campaignName) })
  await modal.getByRole('button', { name: w.start, exact: true }).click()
  return modal
}

for (const lang of ['ru', 'en'] as const) {
  const w = words[lang]

  test(`${lang}: a picture header and a URL button — picked, uploaded once at the start, its id in every send`, async ({
    page,
  }) => {
    await setUp(lang)
    await compose(page, w, 'spring_lookbook', 1000)

    await expect(page.getByText(w.headerTitle)).toBeVisible()
    await expect(page.getByText(w.noFile)).toBeVisible()
    const picker = page.locator('input[type="file"]')
    // A file that is not a picture is refused at once, and nothing is kept.
    await picker.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: jpeg })
    await expect(page.getByRole('alert').filter({ hasText: w.wrongType })).toBeVisible()
    await picker.setInputFiles({ name: 'vesna.jpg', mimeType: 'image/jpeg', buffer: jpeg })
    await expect(page.getByText(w.chosen)).toBeVisible()
    await page.getByRole('textbox', { name: w.buttonValue }).fill('spring')
    // Meta has nothing yet: the picture goes up when the campaign starts.
    expect(server.mediaUploads()).toEqual([])
    await pageShot(page, `template-media-composer-${lang}`)

    const modal = await saveAndStart(page, w)
    await expect(modal).toBeHidden()

    await expect.poll(() => server.sent.length, { timeout: 40_000 }).toBe(2)
    const uploads = server.mediaUploads()
    expect(uploads).toHaveLength(1)
    expect(uploads[0]).toMatchObject({
      mime: 'image/jpeg',
      fileName: 'vesna.jpg',
      bytes: jpeg.length,
    })
    for (const message of server.sent) {
      const components = (message.body.template as { components: unknown[] }).components
      expect(components).toContainEqual({
        type: 'header',
        parameters: [{ type: 'image', image: { id: uploads[0]?.id } }],
      })
      expect(components).toContainEqual({
        type: 'button',
        sub_type: 'url',
        index: '0',
        parameters: [{ type: 'text', text: 'spring' }],
      })
    }
  })

  test(`${lang}: a template with a location header is refused before the start, with the reason`, async ({
    page,
  }) => {
    await setUp(lang)
    await compose(page, w, 'store_location', 900)
    // The composer says at once that this template cannot be sent, and why.
    const notice = page.getByRole('alert').filter({ hasText: w.cannotSend })
    await expect(notice.getByText(w.location)).toBeVisible()
    await pageShot(page, `template-media-location-${lang}`)

    const modal = await saveAndStart(page, w)
    const refusal = modal.getByRole('alert')
    await expect(refusal.getByText(w.refused)).toBeVisible()
    await expect(refusal.getByText(w.refusedReason)).toBeVisible()
    await pageShot(page, `template-media-refused-${lang}`)
    expect(server.sent).toEqual([])
    const [still] = await callHost<Campaign[]>(host, 'campaigns.list', {})
    expect(still?.state).toBe('draft')
  })
}
