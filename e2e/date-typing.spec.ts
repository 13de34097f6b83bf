// Typing over a date that is already filled in replaces each part the owner clicks: a click
// on a part that already had focus used to leave the caret inside it, and the typed digits joined
// the old ones (December with a typed 01 became 02, 2026 with a typed 2025 became 6025).
import { expect, test } from '@playwright/test'
import { AppPage } from './support/app-page'
import { callHost, importCsv } from './support/host-api'
import { fillDateField } from './support/date-fields'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'

let host: HostProcess | undefined
test.use({ timezoneId: 'Europe/Moscow' })
test.afterEach(async () => {
  await host?.stop()
})

const words = {
  ru: {
    contacts: 'Контакты',
    select: 'Выбрать: Анна',
    mark: 'Отметить: согласие получено',
    source: 'Где получено согласие',
    confirm: 'Отметить согласие',
    parts: ['День', 'Месяц', 'Год'],
  },
  en: {
    contacts: 'Contacts',
    select: 'Select Анна',
    mark: 'Mark: consent given',
    source: 'Where consent was obtained',
    confirm: 'Mark consent',
    parts: ['Month', 'Day', 'Year'],
  },
} as const

for (const lang of ['ru', 'en'] as const) {
  const w = words[lang]

  test(`a date typed over today's is the date typed (${lang})`, async ({ page }) => {
    host = await startHostProcess({ dataDir: newDataDir(), lang })
    await importCsv(host, 'Имя;Телефон\r\nАнна;+79161234567\r\nБорис;+79161234568\r\n', 'a.csv')
    const app = new AppPage(page)
    await app.open(host.pageUrl)
    await app.goTo(w.contacts)
    await page.getByRole('checkbox', { name: w.select }).check()
    await page.getByRole('button', { name: w.mark }).click()
    const dialog = page.getByRole('dialog', { name: w.mark })
    await dialog.getByRole('textbox', { name: w.source }).fill('анкета')
    const field = dialog.getByRole('group').first()
    // Every part is filled with today and must be replaced, not added to.
    await expect(field.getByRole('spinbutton', { name: w.parts[2], exact: true })).not.toHaveValue(
      '',
    )
    await fillDateField(field, lang, '2025-01-31')
    const shown = await Promise.all(
      w.parts.map((name) => field.getByRole('spinbutton', { name, exact: true }).inputValue()),
    )
    expect(shown).toEqual(lang === 'ru' ? ['31', '01', '2025'] : ['01', '31', '2025'])
    await dialog.getByRole('button', { name: w.confirm }).click()
    await expect(dialog).toBeHidden()

    const found = await callHost<{ rows: { id: number }[] }>(host, 'contacts.query', {
      search: 'Анна',
    })
    const card = await callHost<{ consentAt: number }>(host, 'contacts.get', {
      id: found.rows[0]?.id,
    })
    expect(card.consentAt).toBe(await page.evaluate(() => new Date(2025, 0, 31).getTime()))
  })
}
