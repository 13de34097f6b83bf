// «Выбрать всё» reaches everyone the search finds (1 124 of a 1 200-contact book), not only the rows
// the table has loaded; the selection bar sits in the content, not over the sidebar; a list's
// menu opens the composer with that list chosen. In Russian and in English, at 1366×768.
import { expect, test, type Page } from '@playwright/test'
import type { ContactPage } from '../src/shared/contacts'
import type { ListDetail } from '../src/shared/lists'
import { AppPage } from './support/app-page'
import { callHost, importCsv } from './support/host-api'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'
import { hideToasts, pageShot } from './support/shots'

const customers = 1124
const suppliers = 76

function book(): string {
  const lines = ['ФИО;Телефон']
  for (let i = 0; i < customers; i++) {
    lines.push(`Покупатель ${String(i).padStart(4, '0')};8 916 ${String(1_000_000 + i)}`)
  }
  for (let i = 0; i < suppliers; i++) {
    lines.push(`Поставщик ${String(i).padStart(2, '0')};8 903 ${String(2_000_000 + i)}`)
  }
  return lines.join('\n')
}

const texts = {
  ru: {
    contacts: 'Контакты',
    lists: 'Списки рассылки',
    search: 'Поиск',
    selectLoaded: 'Выбрать все загруженные',
    selected: (n: string) => `Выбрано: ${n}`,
    selectAll: /Выбрать всех найденных: 1\s124/,
    bar: 'Действия с выбранными контактами',
    addTag: 'Добавить метку',
    tag: 'Метка',
    add: 'Добавить',
    tagAdded: /Изменено контактов: 1\s123/,
    remove: 'Удалить',
    deleted: /Удалено контактов: 1\s123/,
    row: (name: string) => `Выбрать: ${name}`,
    listActions: (name: string) => `Действия со списком «${name}»`,
    sendToList: 'Разослать по списку',
    to: 'Кому',
  },
  en: {
    contacts: 'Contacts',
    lists: 'Broadcast lists',
    search: 'Search',
    selectLoaded: 'Select all loaded',
    selected: (n: string) => `Selected: ${n}`,
    selectAll: /Select all 1,124 found/,
    bar: 'Actions on the selected contacts',
    addTag: 'Add tag',
    tag: 'Tag',
    add: 'Add',
    tagAdded: /Contacts changed: 1,123/,
    remove: 'Delete',
    deleted: /Contacts deleted: 1,123/,
    row: (name: string) => `Select ${name}`,
    listActions: (name: string) => `Actions for the list “${name}”`,
    sendToList: 'Send to this list',
    to: 'To whom',
  },
} as const

let host: HostProcess
test.afterEach(async () => {
  await host.stop()
})

async function total(query: object): Promise<number> {
  return (await callHost<ContactPage>(host, 'contacts.query', { ...query, limit: 1 })).total
}

async function openContacts(page: Page, lang: 'ru' | 'en') {
  host = await startHostProcess({ dataDir: newDataDir(), lang })
  expect((await importCsv(host, book(), 'клиенты.csv')).added).toBe(customers + suppliers)
  await page.setViewportSize({ width: 1366, height: 768 })
  const app = new AppPage(page)
  await app.open(host.pageUrl)
  await app.goTo(texts[lang].contacts)
  return app
}

for (const lang of ['ru', 'en'] as const) {
  const t = texts[lang]

  test(`«Выбрать всё» tags and deletes all 1 124 found, less the one unticked (${lang})`, async ({
    page,
  }) => {
    const app = await openContacts(page, lang)
    await page.getByRole('searchbox', { name: t.search }).fill('Покупатель')
    const table = page.getByRole('table')
    await expect(table).toHaveAttribute('aria-rowcount', String(customers + 1))

    await table.getByRole('checkbox', { name: t.selectLoaded }).check()
    const bar = page.getByRole('group', { name: t.bar })
    // Only the loaded rows are ticked so far: fewer than were found.
    const loaded = await bar.getByText(/^(Выбрано|Selected): /).textContent()
    expect(Number((loaded ?? '').replace(/\D/g, ''))).toBeLessThan(customers)
    await hideToasts(page)
    await pageShot(page, `select-all-offered-${lang}`)
    await bar.getByRole('button', { name: t.selectAll }).click()
    await expect(bar.getByText(t.selected(lang === 'ru' ? '1\u00a0124' : '1,124'))).toBeVisible()

    // The bar is in the content, clear of the sidebar.
    const navBox = await app.nav.boundingBox()
    const barBox = await bar.boundingBox()
    expect(navBox && barBox && barBox.x >= navBox.x + navBox.width).toBe(true)
    await pageShot(page, `select-all-${lang}`)

    await table.getByRole('checkbox', { name: t.row('Покупатель 0000') }).uncheck()
    await expect(bar.getByText(t.selected(lang === 'ru' ? '1\u00a0123' : '1,123'))).toBeVisible()

    await bar.getByRole('button', { name: t.addTag }).click()
    await page.getByRole('combobox', { name: t.tag, exact: true }).fill('Весна')
    await page.getByRole('button', { name: t.add, exact: true }).click()
    await expect.poll(() => total({ tag: 'Весна' })).toBe(customers - 1)
    expect(await total({ tag: 'Весна', search: 'Поставщик' })).toBe(0)

    await bar.getByRole('button', { name: t.remove, exact: true }).click()
    await expect.poll(() => total({})).toBe(suppliers + 1)
    await expect(bar).toBeHidden()
  })

  test(`a list's menu sends to that list (${lang})`, async ({ page }) => {
    const app = await openContacts(page, lang)
    const people = await callHost<ContactPage>(host, 'contacts.query', { limit: 3 })
    const list = await callHost<ListDetail>(host, 'lists.create', {
      name: 'Постоянные',
      contactIds: people.rows.map((row) => row.id),
    })
    await app.goTo(t.lists)
    await page
      .getByRole('button', { name: t.listActions(list.name) })
      .first()
      .click()
    await page.getByRole('menuitem', { name: t.sendToList }).click()
    // «Кому» takes several lists: this one is chosen, as a pill in the field.
    await expect(page.getByRole('combobox', { name: t.to })).toBeVisible()
    await expect(page.getByText(/^Постоянные — 3/)).toBeVisible()
    await pageShot(page, `send-to-list-${lang}`)
  })
}
