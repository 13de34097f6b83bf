// The number dialog asks when the number started using WhatsApp (no answer is assumed), says what
// each answer means for the pace, and the number's card then keeps to what the answer said.
import { expect, test } from '@playwright/test'
import { AppPage } from './support/app-page'
import { callHost } from './support/host-api'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'
import { shot } from './support/shots'

let host: HostProcess | undefined
test.afterEach(async () => {
  await host?.stop()
})

const words = {
  ru: {
    settings: 'Настройки',
    add: 'Добавить номер',
    dialog: 'Новый номер для рассылки',
    label: 'Название',
    phone: 'Номер WhatsApp магазина',
    question: 'Когда этот номер начал пользоваться WhatsApp?',
    fresh: 'Только что — это новый номер',
    year: 'Год назад или раньше',
    warming: /Сейчас новых чатов в день — до (\d+), дальше больше по таблице разогрева\./,
    fullPace: 'Сразу полный темп: новых чатов в день — до 250.',
    required: 'Выберите один из ответов.',
    save: 'Сохранить',
    badge: (n: string) => `Разогрев: новых чатов в день — до ${n}`,
    full: 'Полные ограничения',
  },
  en: {
    settings: 'Settings',
    add: 'Add a number',
    dialog: 'New sending number',
    label: 'Name',
    phone: "The shop's WhatsApp number",
    question: 'When did this number start using WhatsApp?',
    fresh: 'Just now — it is a new number',
    year: 'A year ago or earlier',
    warming: /For now up to (\d+) new chats a day, more later following the warm-up table\./,
    fullPace: 'Full pace at once: up to 250 new chats a day.',
    required: 'Choose one of the answers.',
    save: 'Save',
    badge: (n: string) => `Warming up: at most ${n} new chats a day`,
    full: 'Full limits',
  },
} as const

for (const lang of ['ru', 'en'] as const) {
  const w = words[lang]

  test(`the number's age is asked, with what each answer means for the pace (${lang})`, async ({
    page,
  }) => {
    host = await startHostProcess({ dataDir: newDataDir(), lang })
    const app = new AppPage(page)
    await app.open(host.pageUrl)
    await page.setViewportSize({ width: 1366, height: 768 })
    await app.goTo(w.settings)

    await page.getByRole('button', { name: w.add }).first().click()
    const dialog = page.getByRole('dialog', { name: w.dialog })
    await dialog.getByRole('textbox', { name: w.label }).fill('Новый номер')
    await dialog.getByRole('textbox', { name: w.phone }).fill('+79031234567')
    const question = dialog.getByRole('radiogroup', { name: w.question })
    // Nothing is assumed: no answer is ticked.
    await expect(question.getByRole('radio', { checked: true })).toHaveCount(0)
    // Each answer says what it means: a new number warms up, an old one has the full pace.
    const fresh = question.getByRole('radio', { name: w.fresh })
    await expect(fresh).toHaveAccessibleDescription(w.warming)
    const describedBy = (await fresh.getAttribute('aria-describedby')) ?? ''
    const warming = await page.locator(`[id="${describedBy}"]`).textContent()
    const allowed = w.warming.exec(warming ?? '')?.[1] ?? ''
    expect(Number(allowed)).toBeGreaterThan(0)
    expect(Number(allowed)).toBeLessThan(250)
    await expect(question.getByRole('radio', { name: w.year })).toHaveAccessibleDescription(
      w.fullPace,
    )
    await shot(dialog, `number-age-question-${lang}`)

    // Saving without an answer asks for one, in words.
    await dialog.getByRole('button', { name: w.save }).click()
    await expect(dialog.getByText(w.required)).toBeVisible()
    await expect(dialog).toBeVisible()

    // A new number: the card shows the warm-up pace the answer promised.
    await fresh.check()
    await dialog.getByRole('button', { name: w.save }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByText(w.badge(allowed))).toBeVisible()

    // An old number: full limits at once.
    await page.getByRole('button', { name: w.add }).first().click()
    await dialog.getByRole('textbox', { name: w.label }).fill('Старый номер')
    await dialog.getByRole('textbox', { name: w.phone }).fill('+79161234567')
    await question.getByRole('radio', { name: w.year }).check()
    await dialog.getByRole('button', { name: w.save }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByText(w.full)).toBeVisible()

    // And the limits the scheduler keeps to are the ones the answer said.
    const shop = host
    const senders = await callHost<{ id: number; label: string }[]>(host, 'senders.list', {})
    const allowances = await Promise.all(
      senders.map(async (sender) => {
        const usage = await callHost<{ newChatsAllowed: number }>(shop, 'senders.usage', {
          id: sender.id,
        })
        return [sender.label, usage.newChatsAllowed] as const
      }),
    )
    expect(Object.fromEntries(allowances)).toEqual({
      'Новый номер': Number(allowed),
      'Старый номер': 250,
    })
  })
}
