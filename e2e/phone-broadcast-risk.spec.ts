// The risk meter for a phone broadcast: in the composer, «Как отправить» → from the phone, the
// meter shows no pacing (a number with metronome pauses shows it for paced sending only), says
// who the list message reaches and who it misses (not saved the number: reach, not risk), that it
// goes all at once, that these people got three list messages this week («реже»), and, once
// someone on the phone's list opts out, that it may not go until they are off — with the name.
// In Russian and in English.
import { expect, test } from '@playwright/test'
import type { Campaign } from '../src/shared/campaigns'
import { AppPage } from './support/app-page'
import { callHost, importCsv } from './support/host-api'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'
import { listOnThePhone, saveShopNumber, tuesdayMorning } from './support/shop'
import { hideToasts, pageShot, shot } from './support/shots'

const texts = {
  ru: {
    campaigns: 'Рассылки',
    newCampaign: 'Новая рассылка',
    name: 'Название',
    to: 'Кому',
    message: 'Сообщение',
    phoneWay: 'Рассылкой с телефона (WhatsApp Business)',
    pacedWay: /^По одному/,
    meter: 'Риск блокировки',
    pacing: 'Слишком ровные паузы',
    often: 'Частые рассылки тем же людям',
    oftenMeasure: 'Рассылок с телефона этим людям за 7 дней: 3',
    lessOften: 'Реже: не чаще раза в неделю',
    reached: 'Рассылка с телефона дойдёт до: 4 человека.',
    missed: /^Не дойдёт до: 1 человек — они не сохранили номер магазина/,
    atOnce: 'Все сразу, когда вы отправите с телефона · 4 сообщения',
    refusedTitle: 'Эту рассылку сейчас отправлять нельзя',
    removals: 'Сначала удалите из рассылки на телефоне: Анна Петрова.',
    blocked: 'отправка невозможна',
    blockedSummary: 'Эту рассылку сейчас отправлять нельзя: причина ниже.',
  },
  en: {
    campaigns: 'Campaigns',
    newCampaign: 'New campaign',
    name: 'Name',
    to: 'To whom',
    message: 'Message',
    phoneWay: 'As a broadcast list from the phone (WhatsApp Business)',
    pacedWay: /^One by one/,
    meter: 'Risk of a ban',
    pacing: 'Pauses too even',
    often: 'List messages too often',
    oftenMeasure: 'List messages from the phone to these people in 7 days: 3',
    lessOften: 'Less often: at most once a week',
    reached: 'The list message from the phone reaches 4 people.',
    missed: /^It misses 1 person: they have not saved the shop’s number/,
    atOnce: 'All at once, when you send it from the phone · 4 messages',
    refusedTitle: 'This list message may not go now',
    removals: 'First remove from the broadcast list on the phone: Анна Петрова.',
    blocked: 'cannot send',
    blockedSummary: 'This list message may not go now: see why below.',
  },
} as const

const customers = [
  'ФИО;Телефон;Согласие',
  'Анна Петрова;8 916 111-11-11;да',
  'Борис Иванов;8 916 222-22-22;да',
  'Вера Кузнецова;8 916 333-33-33;да',
  'Галина Орлова;8 916 444-44-44;да',
  'Дмитрий Соколов;8 916 555-55-55;да',
].join('\n')
const onPhone = ['+79161111111', '+79162222222', '+79163333333', '+79164444444']

const day = 24 * 60 * 60 * 1000
const now = Date.parse(tuesdayMorning)

let host: HostProcess
test.afterEach(async () => {
  await host.stop()
})

for (const lang of ['ru', 'en'] as const) {
  const t = texts[lang]

  test(`the risk meter explains a phone broadcast: reach, at once, how often, removals (${lang})`, async ({
    page,
  }) => {
    host = await startHostProcess({ dataDir: newDataDir(), lang, clockStart: tuesdayMorning })
    await importCsv(host, customers, 'клиенты.csv')
    // Pauses always 60 s: a metronome, which the meter holds against paced sending only.
    const sender = await saveShopNumber(host, {})
    await callHost(host, 'senders.save', {
      id: sender.id,
      label: sender.label,
      phone: sender.phone,
      startedOn: sender.startedOn,
      timeZone: sender.timeZone,
      limits: { ...sender.limits, gapMinSeconds: 60, gapMaxSeconds: 60 },
    })
    const list = await listOnThePhone(host, sender, {
      name: 'Весна',
      onPhone,
      notSaved: ['Дмитрий Соколов'],
      now: now - 10 * day,
    })
    // Three list messages to them this week, two days apart.
    for (const daysAgo of [6, 4, 2]) {
      const earlier = await callHost<Campaign>(host, 'campaigns.save', {
        name: `Неделя ${String(daysAgo)}`,
        senderId: sender.id,
        listIds: [list.id],
        text: 'Новые тюльпаны в магазине.',
        way: 'phone_broadcast',
      })
      await callHost(host, 'campaigns.recordListMessage', {
        id: earlier.id,
        sentAt: now - daysAgo * day,
      })
    }

    await page.setViewportSize({ width: 1366, height: 1000 })
    const app = new AppPage(page)
    await app.open(host.pageUrl)
    await app.goTo(t.campaigns)
    await page.getByRole('button', { name: t.newCampaign }).click()
    await page.getByRole('textbox', { name: t.name, exact: true }).fill('Весна')
    await page.getByRole('combobox', { name: t.to }).click()
    await page.getByRole('option', { name: /^Весна/ }).click()
    await page.keyboard.press('Escape')
    await page.getByRole('textbox', { name: t.message }).fill('Свежие пионы до субботы.')
    const meter = page.getByRole('region', { name: t.meter })

    // Paced, the metronome pauses count; from the phone, nothing is paced.
    await expect(meter.getByRole('listitem', { name: t.pacing })).toBeVisible()
    await page.getByRole('radio', { name: t.phoneWay }).check()
    await expect(meter.getByRole('listitem', { name: t.often })).toBeVisible()
    await expect(meter.getByRole('listitem', { name: t.pacing })).toHaveCount(0)
    const often = meter.getByRole('listitem', { name: t.often })
    await expect(often.getByText(t.oftenMeasure)).toBeVisible()
    await expect(often.getByText(t.lessOften)).toBeVisible()
    await expect(meter.getByText(t.reached)).toBeVisible()
    await expect(meter.getByText(t.missed)).toBeVisible()
    await expect(meter.getByRole('status').filter({ hasText: t.atOnce })).toBeVisible()
    await hideToasts(page)
    await shot(meter, `phone-broadcast-risk-${lang}`)

    // Анна opts out: she is still on the phone's list, so the list message may not go.
    await callHost(host, 'optOuts.addNumbers', { text: '+7 916 111-11-11', note: '' })
    await page.getByRole('textbox', { name: t.message }).fill('Свежие пионы до воскресенья.')
    const refused = meter.getByRole('alert').filter({ hasText: t.refusedTitle })
    await expect(refused.getByText(t.removals)).toBeVisible()
    await expect(meter.getByText(t.blocked)).toBeVisible()
    await expect(meter.getByText(t.blockedSummary)).toBeVisible()
    await hideToasts(page)
    await shot(meter, `phone-broadcast-risk-refused-${lang}`)
    await pageShot(page, `phone-broadcast-risk-composer-${lang}`)
  })
}
