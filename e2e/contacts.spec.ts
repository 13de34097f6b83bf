import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { AppPage } from './support/app-page'
import { importCsv } from './support/host-api'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'

const book = [
  'ФИО,Телефон,Метки',
  'Анна Петрова,8 916 123-45-67,VIP',
  'Борис Смирнов,+7 (903) 555-12-34,',
  'Вера Кузнецова,+7 926 111-22-33,Опт',
].join('\n')

let host: HostProcess
test.beforeEach(async () => {
  host = await startHostProcess({ dataDir: newDataDir(), lang: 'ru' })
  const report = await importCsv(host, book, 'клиенты.csv')
  expect(report.added).toBe(3)
})
test.afterEach(async () => {
  await host.stop()
})

/** Opens the contacts page and waits for the table's rows. */
async function openBook(page: Page) {
  await new AppPage(page).open(host.pageUrl)
  const table = page.getByRole('table')
  await expect(table.getByRole('row', { name: /Анна Петрова/ })).toBeVisible()
  return table
}

test('searching by a few digits of a number finds its contact', async ({ page }) => {
  const table = await openBook(page)
  await page.getByLabel('Поиск').fill('555 12')
  await expect(table.getByRole('row', { name: /Борис Смирнов/ })).toBeVisible()
  await expect(table.getByRole('row', { name: /Анна Петрова/ })).toHaveCount(0)
  await expect(page.getByText('1 контакт', { exact: true })).toBeVisible()
  // The number is shown spaced for reading.
  await expect(table.getByRole('row', { name: /Борис Смирнов/ })).toContainText('+7 903 555 12 34')
})

test('the table shows each number spaced as read in its country, from the first paint', async ({
  page,
}) => {
  await importCsv(
    host,
    'name,phone\nАйгерим,+7 701 123 4567\nАлесь,+375 29 765-43-21\nОксана,+380 50 123 4567\n',
    'соседи.csv',
  )
  const table = await openBook(page)
  await expect(table.getByRole('row', { name: /Айгерим/ })).toContainText('+7 701 123 4567')
  await expect(table.getByRole('row', { name: /Алесь/ })).toContainText('+375 29 765 43 21')
  await expect(table.getByRole('row', { name: /Оксана/ })).toContainText('+380 50 123 4567')
  await expect(table.getByRole('row', { name: /Анна Петрова/ })).toContainText('+7 916 123 45 67')
})

test('a contact opened from the table is edited in the drawer; a bad number is explained', async ({
  page,
}) => {
  const table = await openBook(page)
  await table.getByRole('row', { name: /Анна Петрова/ }).click()
  const drawer = page.getByRole('dialog', { name: 'Анна Петрова' })
  await expect(drawer.getByRole('textbox', { name: 'Номер 1' })).toHaveValue('8 916 123-45-67')

  await drawer.getByRole('textbox', { name: 'Номер 1' }).fill('12')
  await drawer.getByRole('button', { name: 'Сохранить' }).click()
  await expect(drawer.getByText('В номере не хватает цифр.')).toBeVisible()

  await drawer.getByRole('textbox', { name: 'Номер 1' }).fill('8 916 123-45-67')
  await drawer.getByLabel('Как показывать').fill('Анна Сергеевна')
  await drawer.getByRole('button', { name: 'Сохранить' }).click()
  await expect(page.getByText('Контакт сохранён')).toBeVisible()
  await expect(drawer).toBeHidden()
  await expect(table.getByRole('row', { name: /Анна Сергеевна/ })).toBeVisible()
  await expect(table.getByRole('row', { name: /Анна Петрова/ })).toHaveCount(0)
})

test('a deleted contact comes back with Undo', async ({ page }) => {
  const table = await openBook(page)
  await table.getByRole('row', { name: /Вера Кузнецова/ }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Удалить контакт' }).click()
  await expect(table.getByRole('row', { name: /Вера Кузнецова/ })).toHaveCount(0)
  await expect(page.getByText('2 контакта', { exact: true })).toBeVisible()

  await expect(page.getByText('Контакт удалён')).toBeVisible()
  await page.getByRole('button', { name: 'Отменить' }).click()
  await expect(page.getByText('Удаление отменено')).toBeVisible()
  await expect(table.getByRole('row', { name: /Вера Кузнецова/ })).toBeVisible()
  await expect(page.getByText('3 контакта', { exact: true })).toBeVisible()
})

test('a tag is added to the ticked contacts at once', async ({ page }) => {
  const table = await openBook(page)
  await page.getByRole('checkbox', { name: 'Выбрать: Анна Петрова' }).check()
  await page.getByRole('checkbox', { name: 'Выбрать: Борис Смирнов' }).check()
  await expect(page.getByText('Выбрано: 2')).toBeVisible()

  await page.getByRole('button', { name: 'Добавить метку' }).click()
  await page.getByRole('combobox', { name: 'Метка', exact: true }).fill('Весна')
  await page.getByRole('button', { name: 'Добавить', exact: true }).click()
  await expect(page.getByText('Метка «Весна» добавлена. Изменено контактов: 2')).toBeVisible()

  await expect(table.getByRole('row', { name: /Анна Петрова/ })).toContainText('Весна')
  await expect(table.getByRole('row', { name: /Борис Смирнов/ })).toContainText('Весна')
  await expect(table.getByRole('row', { name: /Вера Кузнецова/ })).not.toContainText('Весна')
  // The new tag is offered as a filter at once.
  await page.getByLabel('Фильтр по метке').selectOption('Весна')
  await expect(page.getByText('2 контакта', { exact: true })).toBeVisible()
  await expect(table.getByRole('row', { name: /Вера Кузнецова/ })).toHaveCount(0)
})

test('the export downloads a CSV that opens in a Russian Excel (UTF-8 with a BOM, ";")', async ({
  page,
}) => {
  await openBook(page)
  await page.getByRole('button', { name: 'Экспорт' }).click()
  const downloading = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: 'Все контакты' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/\.csv$/)
  const bytes = readFileSync(await download.path())
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const text = bytes.toString('utf8')
  for (const name of ['Анна Петрова', 'Борис Смирнов', 'Вера Кузнецова'])
    expect(text).toContain(name)
  // A Russian Windows' Excel splits on ";": every cell quoted, so a ";" in a name never splits it.
  expect(text.slice(1).split('\r\n')[0]).toMatch(/^"Name";"First Name";"Middle Name";/)
})

test('the page speaks English too, and the empty book offers the import', async ({ page }) => {
  const empty = await startHostProcess({ dataDir: newDataDir(), lang: 'en' })
  try {
    await new AppPage(page).open(empty.pageUrl)
    await expect(page.getByRole('heading', { name: 'No contacts yet' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Import contacts' })).toBeVisible()
  } finally {
    await empty.stop()
  }
  await page.goto(host.pageUrl.replace('lang=ru', 'lang=en'))
  await expect(page.getByRole('table').getByRole('row', { name: /Анна Петрова/ })).toBeVisible()
  await expect(page.getByLabel('Search')).toBeVisible()
  await expect(page.getByText('3 contacts', { exact: true })).toBeVisible()
})
