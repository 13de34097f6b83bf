import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import iconv from 'iconv-lite'
import { AppPage } from './support/app-page'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'

let host: HostProcess | undefined
test.afterEach(async () => {
  await host?.stop()
})

/** Opens the import dialog from the contacts page and hands it the file. */
async function importFile(page: Page, file: string, text: { contacts: string; import: string }) {
  const app = new AppPage(page)
  await app.goTo(text.contacts)
  await page.getByRole('button', { name: text.import }).first().click()
  const dialog = page.getByRole('dialog', { name: text.import })
  await dialog.locator('input[type="file"]').setInputFiles(file)
  return dialog
}

test('a Windows-1251 file saved from Excel is imported through the dialog, and its bad row reported', async ({
  page,
}) => {
  const dataDir = newDataDir()
  const file = join(dataDir, 'клиенты.csv')
  const rows = [
    'ФИО;Телефон;Группа',
    'Анна Петрова;8 916 123-45-67;VIP',
    'Борис Иванов;+7 (903) 555-12-34;Опт',
    'Вера Смирнова;123;VIP',
    'Дмитрий Орлов;8 926 000-11-22;VIP, Опт',
  ]
  writeFileSync(file, iconv.encode(`${rows.join('\r\n')}\r\n`, 'win1251'))
  host = await startHostProcess({ dataDir, lang: 'ru' })
  await new AppPage(page).open(host.pageUrl)

  const dialog = await importFile(page, file, { contacts: 'Контакты', import: 'Импорт контактов' })

  // The columns are guessed from their Russian names, and the file is read as Windows-1251.
  await expect(dialog.getByLabel('ФИО')).toHaveValue('fullName')
  await expect(dialog.getByLabel('Телефон')).toHaveValue('phone')
  await expect(dialog.getByLabel('Группа')).toHaveValue('tags')
  await expect(dialog.getByText(/windows-1251 · разделитель: точка с запятой/)).toBeVisible()
  await expect(dialog.getByRole('cell', { name: 'Дмитрий Орлов' }).first()).toBeVisible()
  await expect(dialog.getByText('Номер «123» не похож на телефон')).toBeVisible()

  // Read as UTF-8 the Cyrillic headers turn to gibberish; back to Windows-1251 they return.
  await dialog.getByLabel('Кодировка').selectOption('UTF-8')
  await expect(dialog.getByLabel('ФИО')).toHaveCount(0)
  await dialog.getByLabel('Кодировка').selectOption('windows-1251')
  await expect(dialog.getByLabel('ФИО')).toHaveValue('fullName')

  // A changed column is previewed again at once.
  const result = dialog.getByRole('table').nth(1)
  await expect(result.getByText('Опт')).toHaveCount(2)
  await dialog.getByLabel('Группа').selectOption('ignore')
  await expect(result.getByText('Опт')).toHaveCount(0)
  await dialog.getByLabel('Группа').selectOption('tags')
  await expect(result.getByText('Опт')).toHaveCount(2)

  await dialog.getByLabel('Эти люди согласились получать сообщения').check()
  await dialog.getByRole('button', { name: 'Импортировать', exact: true }).click()

  await expect(dialog.getByText('Импорт завершён')).toBeVisible()
  await expect(dialog.getByRole('group', { name: 'Новые контакты' })).toContainText('3')
  await expect(dialog.getByRole('group', { name: 'Не импортированы' })).toContainText('1')
  const badRow = dialog.getByRole('row', { name: /Вера Смирнова/ })
  await expect(badRow.getByRole('cell').first()).toHaveText('4')
  await expect(badRow).toContainText('Номер «123» не похож на телефон')

  const downloading = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Скачать отчёт (CSV)' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/\.csv$/)
  const report = readFileSync(await download.path(), 'utf8')
  expect(report).toContain('Вера Смирнова')
  expect(report).toContain('123')
  expect(report).not.toContain('Анна Петрова')

  await dialog.getByRole('button', { name: 'Готово' }).click()
  await expect(dialog).toBeHidden()
})

test('the whole journey: a Russian Excel file in, found by digits, exported, and the export re-imports to the same book', async ({
  page,
}) => {
  const dataDir = newDataDir()
  const file = join(dataDir, 'база.csv')
  const rows = [
    'ФИО;Телефон;Группа;Комментарий',
    'Анна Петрова;8 916 123-45-67;VIP;любит розы',
    'Борис Иванов;+7 (903) 555-12-34, 8 495 123-45-67;Опт;',
    'Вера Смирнова;9261112233;VIP;',
    'Анна П.;+79161234567;Опт;',
  ]
  writeFileSync(file, iconv.encode(`${rows.join('\r\n')}\r\n`, 'win1251'))
  host = await startHostProcess({ dataDir, lang: 'ru' })
  await new AppPage(page).open(host.pageUrl)
  const text = { contacts: 'Контакты', import: 'Импорт контактов' }

  let dialog = await importFile(page, file, text)
  await expect(dialog.getByLabel('Телефон')).toHaveValue('phone')
  // The consent question has no answer taken for granted.
  await dialog.getByLabel('Согласие неизвестно').check()
  await dialog.getByRole('button', { name: 'Импортировать', exact: true }).click()
  await expect(dialog.getByText('Импорт завершён')).toBeVisible()
  await expect(dialog.getByRole('group', { name: 'Новые контакты' })).toContainText('3')
  await expect(dialog.getByRole('group', { name: 'Повторы в файле' })).toContainText('1')
  await dialog.getByRole('button', { name: 'Готово' }).click()

  // Any digits of any number find the person, in the spelling the user remembers.
  const table = page.getByRole('table')
  await page.getByLabel('Поиск').fill('8 495 123')
  await expect(table.getByRole('row', { name: /Борис Иванов/ })).toBeVisible()
  await expect(page.getByText('1 контакт', { exact: true })).toBeVisible()
  await page.getByLabel('Поиск').fill('')
  await expect(page.getByText('3 контакта', { exact: true })).toBeVisible()

  await page.getByRole('button', { name: 'Экспорт' }).click()
  const downloading = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: 'Все контакты' }).click()
  const exported = join(dataDir, (await downloading).suggestedFilename())
  await (await downloading).saveAs(exported)
  expect(readFileSync(exported, 'utf8')).toContain('Анна Петрова')

  // The exported file comes back as the same book: nobody new, nothing changed.
  dialog = await importFile(page, exported, text)
  await expect(dialog.getByLabel('Кодировка')).toHaveValue('UTF-8')
  await dialog.getByLabel('Согласие неизвестно').check()
  await dialog.getByRole('button', { name: 'Импортировать', exact: true }).click()
  await expect(dialog.getByText('Импорт завершён')).toBeVisible()
  await expect(dialog.getByRole('group', { name: 'Новые контакты' })).toContainText('0')
  await expect(dialog.getByRole('group', { name: 'Без изменений' })).toContainText('3')
  await dialog.getByRole('button', { name: 'Готово' }).click()
  await expect(page.getByText('3 контакта', { exact: true })).toBeVisible()
})

test('a file that cannot be read is refused with the reason and the line, in English', async ({
  page,
}) => {
  const dataDir = newDataDir()
  const file = join(dataDir, 'broken.csv')
  writeFileSync(file, 'Name,Phone\r\n"Anna,+79161234567\r\nBoris,+79035551234\r\n')
  host = await startHostProcess({ dataDir, lang: 'en' })
  await new AppPage(page).open(host.pageUrl)

  const dialog = await importFile(page, file, { contacts: 'Contacts', import: 'Import contacts' })

  await expect(dialog.getByText('This file could not be opened')).toBeVisible()
  await expect(dialog.getByText(/Row 2 opens a quotation mark that is never closed/)).toBeVisible()
  // Another file can be chosen straight away.
  await expect(dialog.getByRole('button', { name: 'Choose a file on this computer' })).toBeVisible()
})
