// Before an assisted campaign starts, the start modal says what it asks of the owner: one press of
// Send per person, over how long, the sessions day by day, and how far a session until a given
// time gets ("today until 13:00: 40 messages"). In Russian and in English, with screenshots.
import { expect, test, type Locator, type Page } from '@playwright/test'
import type { Campaign } from '../src/shared/campaigns'
import type { Forecast } from '../src/shared/risk'
import type { Sender } from '../src/shared/senders'
import { AppPage } from './support/app-page'
import { callHost, importCsv } from './support/host-api'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'
import { hideToasts, shot } from './support/shots'
import { listOfEveryone, saveShopNumber, tuesdayMorning } from './support/shop'

const people = 193
const zone = 'Europe/Moscow'

// The shop's laptop (1366×768) is in Moscow too, and its clock reads the host's Tuesday morning.
test.use({ timezoneId: zone, viewport: { width: 1366, height: 768 } })

const words = {
  ru: {
    campaigns: 'Рассылки',
    start: 'Запустить',
    dialog: /^Запустить рассылку/,
    plan: 'Сколько времени это займёт у вас',
    sentence: `${String(people)} сообщения: вы нажмёте «Отправить» ${String(people)} раза`,
    sessions: 'Ваши сеансы по дням',
    today: 'Сегодня',
    until: 'Я буду у компьютера до',
    hours: 'Часы',
    minutes: 'Минуты',
    /** The messages a session until the time gets, as the answer says. */
    sentUntil: /^Сегодня до \d{2}:\d{2} — (\d+) сообщени/,
    waits: 'Потом рассылка подождёт вас',
    overDays: /^193 сообщения: вы нажмёте «Отправить» 193 раза за \d+ (дня|дней), .* в день/,
    day: 'Какой день',
    tomorrow: 'Завтра',
    tomorrowUntil: /^Завтра до 12:00 — (\d+) сообщени/,
  },
  en: {
    campaigns: 'Campaigns',
    start: 'Start',
    dialog: /^Start the campaign/,
    plan: 'How much of your time it takes',
    sentence: `${String(people)} messages: you will press Send ${String(people)} times`,
    sessions: 'Your sessions, day by day',
    today: 'Today',
    until: 'I will be at the computer until',
    hours: 'Hours',
    minutes: 'Minutes',
    sentUntil: /^Today until \d{1,2}:\d{2}\sPM: (\d+) message/,
    waits: 'Then the campaign waits for you',
    overDays: /^193 messages: you will press Send 193 times over \d+ days, .* a day/,
    day: 'Which day',
    tomorrow: 'Tomorrow',
    tomorrowUntil: /^Tomorrow until 12:00\sPM: (\d+) message/,
  },
} as const

/** A book of `people` customers who agreed to messages. */
function book(): string {
  return [
    'ФИО;Телефон;Согласие',
    ...Array.from(
      { length: people },
      (_, i) => `Покупатель ${String(i + 1)};8 916 ${String(10_000_000 + i).slice(1)};да`,
    ),
  ].join('\n')
}

/** Messages the forecast plans for a day (the first unless told) before "HH:MM" Moscow time. */
function plannedBefore(forecast: Forecast, hhmm: string, day = 0): number {
  const local = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
  return (forecast.perDay[day]?.times ?? []).filter((at) => local.format(at) < hhmm).length
}

/** Types a time into the plan's time field, part by part, as an owner does. */
async function typeTime(field: Locator, lang: 'ru' | 'en', hhmm: string) {
  const [h = '', m = ''] = hhmm.split(':')
  const names = words[lang]
  const hour = Number(h)
  const hours = lang === 'ru' ? h : String(hour % 12 === 0 ? 12 : hour % 12).padStart(2, '0')
  const part = (name: string) => field.getByRole('spinbutton', { name, exact: true })
  await part(names.hours).click()
  await part(names.hours).pressSequentially(hours)
  await part(names.minutes).click()
  await part(names.minutes).pressSequentially(m)
  if (lang === 'en') {
    await field.getByRole('combobox', { name: 'AM or PM' }).selectOption(hour < 12 ? 'AM' : 'PM')
  }
}

/** The draft opened from the campaigns list, and its start modal's plan, the browser on the host's clock. */
async function openPlan(page: Page, host: HostProcess, lang: 'ru' | 'en', name: string) {
  const w = words[lang]
  await page.clock.install({ time: Date.parse(tuesdayMorning) })
  const app = new AppPage(page)
  await app.open(host.pageUrl)
  await hideToasts(page)
  await app.goTo(w.campaigns)
  await page.getByRole('button', { name }).click()
  await page.getByRole('button', { name: w.start, exact: true }).click()
  const dialog = page.getByRole('dialog', { name: w.dialog })
  return { dialog, plan: dialog.getByRole('region', { name: w.plan }) }
}

for (const lang of ['ru', 'en'] as const) {
  test.describe(`the assisted plan in the start modal (${lang})`, () => {
    let host: HostProcess
    let campaign: Campaign
    let shop: Sender
    test.beforeEach(async () => {
      host = await startHostProcess({ dataDir: newDataDir(), lang, clockStart: tuesdayMorning })
      await importCsv(host, book(), 'клиенты.csv')
      const list = await listOfEveryone(host, 'Все покупатели')
      shop = await saveShopNumber(host)
      campaign = await callHost<Campaign>(host, 'campaigns.save', {
        name: 'Новогодние букеты',
        senderId: shop.id,
        listIds: [list.id],
        text: 'Здравствуйте, {{first_name|друг}}! Принимаем заказы на новогодние букеты.',
      })
    })
    test.afterEach(async () => {
      await host.stop()
    })

    test('says how many presses over how long, and how far a session until a time gets', async ({
      page,
    }) => {
      const w = words[lang]
      const { dialog, plan } = await openPlan(page, host, lang, campaign.name)

      // One press of Send for each of the campaign's people.
      await expect(plan.getByText(w.sentence)).toBeVisible({ timeout: 20_000 })
      const sessions = plan.getByRole('table', { name: w.sessions })
      await expect(sessions.getByRole('row').nth(1)).toContainText(w.today)
      const counts = await sessions.locator('tbody tr td:last-child').allTextContents()
      expect(counts.reduce((n, text) => n + Number(text.replace(/\D/g, '')), 0)).toBe(people)

      // "Until 13:00" and then "until 15:00": as many as the forecast plans before each.
      const forecast = await callHost<Forecast>(host, 'risk.forecastCampaign', { id: campaign.id })
      // The time field's hours and minutes, under its label.
      await expect(plan.getByText(w.until, { exact: true })).toBeVisible()
      const field = plan
      const answer = plan.getByRole('status')
      const sentUntil = async () => {
        await expect(answer).toHaveText(w.sentUntil)
        return Number(w.sentUntil.exec((await answer.textContent()) ?? '')?.[1])
      }
      await typeTime(field, lang, '13:00')
      await expect(answer).toContainText(w.waits)
      const at13 = await sentUntil()
      // The host's clock has moved a few seconds since: one send may cross the boundary.
      expect(Math.abs(at13 - plannedBefore(forecast, '13:00'))).toBeLessThanOrEqual(1)
      await shot(dialog, `assisted-plan-${lang}`)

      await typeTime(field, lang, '15:00')
      await expect(answer).toContainText(lang === 'ru' ? 'до 15:00' : 'until 3:00')
      const at15 = await sentUntil()
      expect(at15).toBeGreaterThan(at13)
      expect(Math.abs(at15 - plannedBefore(forecast, '15:00'))).toBeLessThanOrEqual(1)
    })

    test('plans a young number’s campaign over days, session by session', async ({ page }) => {
      const w = words[lang]
      // A number that started on WhatsApp today: 20 new chats a day at first, so days of sessions.
      await callHost(host, 'senders.save', {
        id: shop.id,
        label: shop.label,
        phone: '+7 916 000-11-22',
        startedOn: '2026-12-01',
        timeZone: zone,
      })
      const { dialog, plan } = await openPlan(page, host, lang, campaign.name)
      await expect(plan.getByText(w.overDays)).toBeVisible({ timeout: 30_000 })
      const forecast = await callHost<Forecast>(host, 'risk.forecastCampaign', { id: campaign.id })
      expect(forecast.perDay.length).toBeGreaterThan(2)

      // Each session's messages as the forecast plans them; all together, the campaign's people.
      const sessions = plan.getByRole('table', { name: w.sessions })
      const rows = sessions.locator('tbody tr')
      const shown = Math.min(forecast.perDay.length, 7)
      for (const [i, day] of forecast.perDay.slice(0, shown).entries()) {
        await expect(rows.nth(i).locator('td').last()).toHaveText(String(day.sends))
      }
      await expect(rows.first()).toContainText(w.today)
      await expect(rows.nth(1)).toContainText(w.tomorrow)
      expect(forecast.perDay.reduce((n, d) => n + d.sends, 0)).toBe(people)
      await shot(dialog, `assisted-plan-days-${lang}`)

      // Tomorrow's session until noon, today's done in full.
      await plan.getByRole('combobox', { name: w.day }).click()
      await page.getByRole('option', { name: w.tomorrow }).click()
      await typeTime(plan, lang, '12:00')
      const answer = plan.getByRole('status')
      await expect(answer).toHaveText(w.tomorrowUntil)
      const sent = Number(w.tomorrowUntil.exec((await answer.textContent()) ?? '')?.[1])
      expect(Math.abs(sent - plannedBefore(forecast, '12:00', 1))).toBeLessThanOrEqual(1)
    })
  })
}
