// "Saved our number": marked in bulk from the contact book, filtered by, shown and edited on the
// card; a list's page says how many a list message from the phone would reach and names who it
// would miss and why, with the way to the contact book filtered to them. In Russian and in
// English, at 1366×768.
import { expect, test, type Page } from '@playwright/test'
import type { ContactPage } from '../src/shared/contacts'
import type { ListDetail } from '../src/shared/lists'
import { AppPage } from './support/app-page'
import { callHost, importCsv } from './support/host-api'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'
import { tuesdayMorning } from './support/shop'
import { hideToasts, pageShot, shot } from './support/shots'

const texts = {
  ru: {
    lists: 'Списки рассылки',
    row: (name: string) => `Выбрать: ${name}`,
    bar: 'Действия с выбранными контактами',
    mark: 'Отметить: сохранил(а) наш номер',
    yes: 'Да, сохранил(а)',
    marked: 'Отмечено 2 контакта',
    filter: 'Фильтр: сохранил(а) ли наш номер',
    savedYes: 'Наш номер: сохранили',
    savedAny: 'Наш номер: все',
    found2: '2 контакта',
    field: 'Сохранил(а) наш номер',
    no: 'Нет',
    save: 'Сохранить',
    ownerSaid: /отметили вы, 1 дек/,
    reach: 'Дойдёт до 2 из 4',
    notEligible: /Не дойдёт: нельзя писать — 1: Галина Орлова \(Отписка\)/,
    notSaved: /Не дойдёт: не сохранили наш номер — 1: Вера Кузнецова/,
    openInBook: 'Открыть в контактах',
    chip: 'Из списка «Весна»',
    found1: '1 контакт',
  },
  en: {
    lists: 'Broadcast lists',
    row: (name: string) => `Select ${name}`,
    bar: 'Actions on the selected contacts',
    mark: 'Mark: saved our number',
    yes: 'Yes, saved it',
    marked: '2 contacts marked',
    filter: 'Filter: saved our number or not',
    savedYes: 'Our number: saved',
    savedAny: 'Our number: everyone',
    found2: '2 contacts',
    field: 'Saved our number',
    no: 'No',
    save: 'Save',
    ownerSaid: /marked by you, Dec 1/,
    reach: 'Reaches 2 of 4',
    notEligible: /Misses: may not be messaged — 1: Галина Орлова \(Opted out\)/,
    notSaved: /Misses: have not saved our number — 1: Вера Кузнецова/,
    openInBook: 'Open in contacts',
    chip: 'On the list “Весна”',
    found1: '1 contact',
  },
} as const

const book = [
  'ФИО;Телефон;Согласие',
  'Анна Петрова;8 916 111-11-11;да',
  'Борис Иванов;8 916 222-22-22;да',
  'Вера Кузнецова;8 916 333-33-33;да',
  'Галина Орлова;8 916 444-44-44;да',
].join('\n')

let host: HostProcess
test.afterEach(async () => {
  await host.stop()
})

async function open(page: Page, lang: 'ru' | 'en') {
  host = await startHostProcess({ dataDir: newDataDir(), lang, clockStart: tuesdayMorning })
  await importCsv(host, book, 'клиенты.csv')
  const contacts = await callHost<ContactPage>(host, 'contacts.query', {})
  await callHost<ListDetail>(host, 'lists.create', {
    name: 'Весна',
    contactIds: contacts.rows.map((row) => row.id),
  })
  // Галина asked to stop: on the list, but a list message may not go to her.
  await callHost(host, 'optOuts.addNumbers', { text: '+79164444444' })
  await page.setViewportSize({ width: 1366, height: 768 })
  const app = new AppPage(page)
  await app.open(host.pageUrl)
  return app
}

for (const lang of ['ru', 'en'] as const) {
  const t = texts[lang]

  test(`saved our number: bulk mark, filter, card, and a list's reach naming who is missed (${lang})`, async ({
    page,
  }) => {
    const app = await open(page, lang)
    const table = page.getByRole('table')
    await expect(table.getByRole('row', { name: /Анна Петрова/ })).toBeVisible()

    // Bulk: Анна and Борис saved the number.
    await page.getByRole('checkbox', { name: t.row('Анна Петрова') }).check()
    await page.getByRole('checkbox', { name: t.row('Борис Иванов') }).check()
    await page.getByRole('button', { name: t.mark }).click()
    await expect(page.getByRole('menuitem', { name: t.yes })).toBeVisible()
    await shot(page, `saved-number-bulk-${lang}`)
    await page.getByRole('menuitem', { name: t.yes }).click()
    await expect(page.getByText(t.marked)).toBeVisible()
    await page.keyboard.press('Escape')

    // The filter finds exactly them.
    await page.getByRole('combobox', { name: t.filter }).selectOption({ label: t.savedYes })
    await expect(page.getByText(t.found2, { exact: true })).toBeVisible()
    await expect(table.getByRole('row', { name: /Вера Кузнецова/ })).toHaveCount(0)
    await expect(table.getByRole('row', { name: /Борис Иванов/ })).toBeVisible()
    await page.getByRole('combobox', { name: t.filter }).selectOption({ label: t.savedAny })

    // The card: Вера has not saved it; the owner's word is shown with its date.
    await table.getByRole('row', { name: /Вера Кузнецова/ }).click()
    const drawer = page.getByRole('dialog', { name: 'Вера Кузнецова' })
    await drawer.getByRole('combobox', { name: t.field }).selectOption({ label: t.no })
    await drawer.getByRole('button', { name: t.save }).click()
    await expect(drawer).toBeHidden()
    await table.getByRole('row', { name: /Анна Петрова/ }).click()
    const anna = page.getByRole('dialog', { name: 'Анна Петрова' })
    await expect(anna.getByText(t.ownerSaid)).toBeVisible()
    const field = anna.locator('.mantine-InputWrapper-root', {
      has: page.getByRole('combobox', { name: t.field }),
    })
    // Centred: the drawer's sticky Save bar would cover it at the bottom.
    await field.evaluate((element: { scrollIntoView(options: { block: string }): void }) => {
      element.scrollIntoView({ block: 'center' })
    })
    await hideToasts(page)
    await shot(field, `saved-number-card-${lang}`)
    await page.keyboard.press('Escape')
    await expect(anna).toBeHidden()

    // The list: reaches Анна and Борис; misses Галина (opted out) and Вера (not saved), by name.
    await app.goTo(t.lists)
    await page
      .getByRole('table', { name: t.lists })
      .getByRole('button', { name: 'Весна', exact: true })
      .click()
    const reach = page.getByTestId('phone-reach')
    await expect(reach).toContainText(t.reach)
    await expect(reach.getByTestId('phone-reach-not_eligible')).toHaveText(
      new RegExp(t.notEligible.source),
    )
    await expect(reach.getByTestId('phone-reach-not_saved')).toContainText(
      new RegExp(t.notSaved.source),
    )
    await pageShot(page, `saved-number-list-reach-${lang}`)

    // One click to the contact book, filtered to the list's people who have not saved it.
    await reach
      .getByTestId('phone-reach-not_saved')
      .getByRole('button', { name: t.openInBook })
      .click()
    await expect(page.getByText(t.chip)).toBeVisible()
    await expect(page.getByText(t.found1, { exact: true })).toBeVisible()
    await expect(table.getByRole('row', { name: /Вера Кузнецова/ })).toBeVisible()
    await pageShot(page, `saved-number-book-filtered-${lang}`)
  })
}
