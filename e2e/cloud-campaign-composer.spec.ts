// A campaign on a WhatsApp Cloud API number, through the UI against a local Cloud API test server:
// the composer offers the account's approved templates (the others greyed with the reason), maps
// each placeholder to a contact field or one text for all, previews it per recipient and saves it;
// a template Meta paused is refused at start with the reason, and a campaign whose template Meta
// paused while sending stops with an alert saying why. In Russian and in English, with screenshots.
import { expect, test } from '@playwright/test'
import type { Campaign, CampaignDetail } from '../src/shared/campaigns'
import type { ContactPage } from '../src/shared/contacts'
import type { Sender } from '../src/shared/senders'
import {
  startCloudApiTestServer,
  type CloudApiTestServer,
} from '../src/main/core/test-support/cloud-api-server'
import { AppPage } from './support/app-page'
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

/** 60× faster from a Tuesday morning in Moscow, inside the default sending window. */
const timeScale = 60
const clockStart = tuesdayMorning

/** Everything the tests read or click, in each language. */
const words = {
  ru: {
    campaigns: 'Рассылки',
    newCampaign: 'Новая рассылка',
    name: 'Название',
    sender: 'С какого номера',
    list: 'Кому',
    template: 'Шаблон',
    preview: 'Как это увидят',
    notice: 'Через Cloud API первое сообщение человеку — только одобренный Meta шаблон',
    paused: 'Meta приостановила его из-за жалоб',
    disabled: 'Meta отключила его навсегда',
    fieldOf1: 'Поле {{1}}',
    fallbackOf1: 'Если поле пустое {{1}}',
    fixedOf2: 'Текст для всех {{2}}',
    firstName: 'Имя',
    optOutButton: 'Отказаться от рассылки можно кнопкой шаблона «Stop promotions»',
    saveDraft: 'Сохранить черновик',
    saved: 'Рассылка «Весенняя распродажа» сохранена',
    start: 'Запустить',
    startTitle: (name: string) => `Запустить рассылку «${name}»?`,
    refused: 'Рассылку нельзя запустить',
    cancel: 'Отмена',
    allCampaigns: 'Все рассылки',
    chosenUnavailable: 'Шаблон «spring_sale» сейчас нельзя отправлять',
    templatesFailed: 'Не удалось загрузить шаблоны',
    tokenRefused: 'Meta не принимает ключ доступа',
    openSettings: 'Открыть настройки номера',
    retry: 'Попробовать ещё раз',
    campaignName: 'Весенняя распродажа',
    stoppedTitle: 'Рупор остановил рассылку',
    stoppedShort: 'Остановлена Шаблон приостановлен',
    stoppedText: 'Meta приостановила шаблон из-за жалоб',
    metaCode: 'код 132015',
    delivery: 'Доставка',
    delivered: 'Доставлено',
  },
  en: {
    campaigns: 'Campaigns',
    newCampaign: 'New campaign',
    name: 'Name',
    sender: 'From which number',
    list: 'To whom',
    template: 'Template',
    preview: 'How people will see it',
    notice:
      'On the Cloud API, the first message to a person can only be a template approved by Meta',
    paused: 'Meta paused it after complaints',
    disabled: 'Meta disabled it for good',
    fieldOf1: 'Field {{1}}',
    fallbackOf1: 'If the field is empty {{1}}',
    fixedOf2: 'Text for everyone {{2}}',
    firstName: 'First name',
    optOutButton: 'People can opt out with the template’s button “Stop promotions”',
    saveDraft: 'Save draft',
    saved: 'Campaign “Spring sale” saved',
    start: 'Start',
    startTitle: (name: string) => `Start the campaign “${name}”?`,
    refused: 'The campaign cannot be started',
    cancel: 'Cancel',
    allCampaigns: 'All campaigns',
    chosenUnavailable: 'The template “spring_sale” cannot be sent now',
    templatesFailed: 'Could not load the templates',
    tokenRefused: 'Meta does not accept the access token',
    openSettings: 'Open the number’s settings',
    retry: 'Try again',
    campaignName: 'Spring sale',
    stoppedTitle: 'Rupor stopped the campaign',
    stoppedShort: 'Stopped Template paused',
    stoppedText: 'Meta paused the template',
    metaCode: 'code 132015',
    delivery: 'Delivery',
    delivered: 'Delivered',
  },
} as const

/** spring_sale is a Russian template: the nameless are «друг» in any UI language. */
const friend = 'друг'

function book(): string {
  return [
    'ФИО;Телефон;Согласие',
    'Анна Петрова;8 916 123-45-67;да',
    'Борис Иванов;8 903 555-12-34;да',
    ';8 926 111-22-33;да',
  ].join('\n')
}

let server: CloudApiTestServer
let host: HostProcess
let sender: Sender
let listId: number

async function setUp(lang: 'ru' | 'en', clock = false, token?: string): Promise<void> {
  server = await startCloudApiTestServer()
  host = await startHostProcess({
    dataDir: newDataDir(),
    lang,
    cloudTestServer: server.url,
    ...(clock ? { timeScale, clockStart } : {}),
  })
  await importCsv(host, book(), 'клиенты.csv')
  const contacts = await callHost<ContactPage>(host, 'contacts.query', { limit: 10 })
  const list = await callHost<{ id: number }>(host, 'lists.create', {
    name: 'Постоянные',
    description: '',
    contactIds: contacts.rows.map((row) => row.id),
  })
  listId = list.id
  sender = await connectHostCloudNumber(host, server, {
    label: 'Магазин Cloud',
    phone: '+7 916 000-11-22',
    ...(token ? { token } : {}),
  })
}

test.afterEach(async () => {
  await host.stop()
  await server.close()
})

for (const lang of ['ru', 'en'] as const) {
  const w = words[lang]

  test(`${lang}: compose on a Cloud API number — pick a template, map it, preview, save; a paused template is refused at start`, async ({
    page,
  }) => {
    await setUp(lang)
    await openNewCampaign(page, host, w, w.campaignName)
    // The only number is chosen already; it is a Cloud API one, so a template takes the text's place.
    await expect(page.getByRole('combobox', { name: w.sender })).toHaveValue(/Магазин Cloud/)
    await expect(page.getByText(w.notice)).toBeVisible()
    await pickList(page, w, /Постоянные/)

    // The picker lists the account's templates; those Meta will not send are there, greyed, with why.
    await page.getByRole('combobox', { name: w.template }).click()
    const paused = page.getByRole('option', { name: /winter_sale/ })
    await expect(paused).toHaveAttribute('data-combobox-disabled', 'true')
    await expect(paused.getByText(w.paused)).toBeVisible()
    await expect(
      page.getByRole('option', { name: /old_promo/ }).getByText(w.disabled),
    ).toBeVisible()
    await paused.scrollIntoViewIfNeeded()
    await pageShot(page, `cloud-template-picker-${lang}`)
    // Searchable: by name (and text).
    await pickTemplate(page, w, 'spring', 'spring_sale')

    // {{1}} is the first name with "friend" in the template's language (Russian here) for the
    // nameless; {{2}} is a text the owner types.
    await expect(page.getByRole('combobox', { name: w.fieldOf1 })).toHaveValue(w.firstName)
    await expect(page.getByRole('textbox', { name: w.fallbackOf1 })).toHaveValue(friend)
    await page.getByRole('textbox', { name: w.fixedOf2 }).fill('20%')
    await expect(page.getByText(w.optOutButton)).toBeVisible()

    // The preview: each person's message as it will arrive, the button under it.
    const preview = page.getByLabel(w.preview)
    await expect(
      preview.getByText('Здравствуйте, Анна! Весенняя распродажа: скидка 20% до конца недели.'),
    ).toBeVisible()
    await expect(
      preview.getByText('Здравствуйте, друг! Весенняя распродажа: скидка 20% до конца недели.'),
    ).toBeVisible()
    await expect(preview.getByText('Stop promotions').first()).toBeVisible()
    await pageShot(page, `cloud-composer-${lang}`)

    await page.getByRole('button', { name: w.saveDraft }).click()
    await expect(page.getByText(w.saved)).toBeVisible()
    const [draft] = await callHost<Campaign[]>(host, 'campaigns.list', {})
    expect(draft?.text).toBe('')
    expect(draft?.template).toMatchObject({
      name: 'spring_sale',
      language: 'ru',
      params: {
        'body:1': { kind: 'field', field: 'first_name', fallback: friend },
        'body:2': { kind: 'fixed', value: '20%' },
      },
    })

    // Meta pauses the template before the start: the start is refused, with the reason.
    server.setTemplateStatus('spring_sale', 'ru', 'PAUSED')
    await page.getByRole('button', { name: w.start, exact: true }).click()
    const modal = page.getByRole('dialog', { name: w.startTitle(w.campaignName) })
    await modal.getByRole('button', { name: w.start, exact: true }).click()
    const refusal = modal.getByRole('alert')
    await expect(refusal.getByText(w.refused)).toBeVisible()
    await expect(refusal.getByText('spring_sale')).toBeVisible()
    await expect(refusal.getByText(w.paused)).toBeVisible()
    await pageShot(page, `cloud-start-refused-${lang}`)
    expect(server.sent).toHaveLength(0)
    const [still] = await callHost<Campaign[]>(host, 'campaigns.list', {})
    expect(still?.state).toBe('draft')

    // The draft opens again with its template and mapping, and says the template is paused now.
    await modal.getByRole('button', { name: w.cancel }).click()
    await page.getByRole('button', { name: w.allCampaigns }).click()
    await page.getByRole('button', { name: w.campaignName }).click()
    await expect(page.getByRole('combobox', { name: w.template })).toHaveValue(/spring_sale/)
    await expect(page.getByRole('textbox', { name: w.fixedOf2 })).toHaveValue('20%')
    await expect(page.getByText(w.chosenUnavailable)).toBeVisible()
  })

  test(`${lang}: a campaign whose template Meta paused while sending stops, and its page says why`, async ({
    page,
  }) => {
    await setUp(lang, true)
    const campaign = await callHost<Campaign>(host, 'campaigns.save', {
      name: w.campaignName,
      senderId: sender.id,
      listIds: [listId],
      text: '',
      language: lang,
      template: {
        name: 'spring_sale',
        language: 'ru',
        category: 'MARKETING',
        parameterFormat: 'positional',
        header: 'Весенняя распродажа',
        body: 'Здравствуйте, {{1}}! Весенняя распродажа: скидка {{2}} до конца недели.',
        footer: 'Не интересны акции? Нажмите «Stop promotions»',
        buttons: ['Stop promotions'],
        placeholders: [
          { component: 'body', key: '1' },
          { component: 'body', key: '2' },
        ],
        params: {
          'body:1': { kind: 'field', field: 'first_name', fallback: friend },
          'body:2': { kind: 'fixed', value: '20%' },
        },
      },
    })
    await callHost(host, 'campaigns.start', { id: campaign.id })
    // The first message goes out; then Meta pauses the template and the next send is refused.
    await expect.poll(() => server.sent.length, { timeout: 20_000 }).toBeGreaterThan(0)
    server.setTemplateStatus('spring_sale', 'ru', 'PAUSED')
    await expect
      .poll(
        async () =>
          (await callHost<CampaignDetail>(host, 'campaigns.get', { id: campaign.id })).pauseReason
            ?.reason,
        { timeout: 30_000 },
      )
      .toBe('template_paused')

    await page.setViewportSize({ width: 1360, height: 900 })
    const app = new AppPage(page)
    await app.open(host.pageUrl)
    await app.goTo(w.campaigns)
    // The overview says it stopped, and why, in a few words.
    await expect(page.getByRole('cell', { name: w.stoppedShort })).toBeVisible()
    await page.getByRole('button', { name: w.campaignName }).click()
    const alert = page.getByRole('alert').filter({ hasText: w.stoppedTitle })
    await expect(alert).toBeVisible()
    await expect(alert.getByText(w.stoppedText)).toBeVisible()
    await expect(alert.getByText(w.metaCode, { exact: false })).toBeVisible()
    // Meta's delivery column, for the one that went out.
    await expect(page.getByRole('columnheader', { name: w.delivery })).toBeVisible()
    await pageShot(page, `cloud-paused-${lang}`)
  })

  test(`${lang}: a token Meta refuses shows why the templates cannot be loaded, and a way to fix it`, async ({
    page,
  }) => {
    await setUp(lang, false, 'EAAG-not-the-right-token-0123456789')
    await page.setViewportSize({ width: 1360, height: 900 })
    const app = new AppPage(page)
    await app.open(host.pageUrl)
    await app.goTo(w.campaigns)
    await page.getByRole('button', { name: w.newCampaign }).click()
    const failed = page.getByRole('alert').filter({ hasText: w.templatesFailed })
    await expect(failed.getByText(w.tokenRefused)).toBeVisible()
    await expect(failed.getByRole('button', { name: w.openSettings })).toBeVisible()
    await pageShot(page, `cloud-templates-failed-${lang}`)

    await expect(failed.getByRole('button', { name: w.retry })).toBeVisible()

    // A new token, saved as Settings would: the picker follows the number, no click needed.
    await callHost(host, 'cloud.connect', {
      senderId: sender.id,
      phoneNumberId: server.phoneNumberId,
      wabaId: server.wabaId,
      baseUrl: server.url,
      token: server.token,
    })
    await expect(failed).toBeHidden()
    await page.getByRole('combobox', { name: w.template }).click()
    await expect(page.getByRole('option', { name: /spring_sale/ })).toBeVisible()
  })
}
