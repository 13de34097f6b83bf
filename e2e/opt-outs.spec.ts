import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import iconv from 'iconv-lite'
import { AppPage } from './support/app-page'
import { callHost, importCsv } from './support/host-api'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'

const book = [
  'ФИО,Телефон',
  'Анна Петрова,8 916 123-45-67',
  'Борис Смирнов,+7 (903) 555-12-34',
  'Вера Кузнецова,+7 926 111-22-33',
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

/** Opens the Opt-outs section. */
async function openOptOuts(page: Page) {
  const app = new AppPage(page)
  await app.open(host.pageUrl)
  await app.goTo('Отписавшиеся')
  await expect(app.heading('Отписавшиеся')).toBeVisible()
}

const optOutTable = (page: Page) => page.getByRole('table', { name: 'Список отписавшихся' })

test('pasted numbers in any spelling go on the list; a bad one is shown with its line and reason', async ({
  page,
}) => {
  await openOptOuts(page)
  await expect(page.getByRole('heading', { name: 'Пока никто не отписался' })).toBeVisible()
  await expect(page.getByText(/если удалить контакт и импортировать его снова/)).toBeVisible()

  await page.getByRole('button', { name: 'Добавить номера' }).click()
  const dialog = page.getByRole('dialog', { name: 'Добавить номера в отписавшиеся' })
  await dialog
    .getByRole('textbox', { name: 'Номера телефонов' })
    .fill('8 916 123-45-67\n+7 (903) 555-12-34, 8(921)7654321\n12\n+7 916 123 45 67')
  await dialog.getByRole('textbox', { name: 'Заметка' }).fill('Отказались по телефону')
  await dialog.getByRole('button', { name: 'Добавить в список' }).click()

  await expect(dialog.getByRole('group', { name: 'Добавлены', exact: true })).toContainText('3')
  await expect(dialog.getByRole('group', { name: 'Не добавлены' })).toContainText('1')
  const bad = dialog.getByRole('row', { name: /12/ })
  await expect(bad.getByRole('cell').first()).toHaveText('3')
  await expect(bad).toContainText('В номере не хватает цифр.')
  await dialog.getByRole('button', { name: 'Готово' }).click()
  await expect(dialog).toBeHidden()

  const table = optOutTable(page)
  await expect(page.getByText('3 номера', { exact: true })).toBeVisible()
  const anna = table.getByRole('row', { name: /\+7 916 123 45 67/ })
  await expect(anna).toContainText('Анна Петрова')
  await expect(anna).toContainText('Добавлен вручную')
  await expect(anna).toContainText('Отказались по телефону')
  await expect(table.getByRole('row', { name: /\+7 921 765 43 21/ })).toContainText(
    'Нет в контактах',
  )

  // Search as you type: digits of the number, or the contact's name.
  await page.getByLabel('Поиск').fill('555 12')
  await expect(page.getByText('1 номер', { exact: true })).toBeVisible()
  await expect(table.getByRole('row', { name: /Борис Смирнов/ })).toBeVisible()
  await expect(table.getByRole('row', { name: /Анна Петрова/ })).toHaveCount(0)
  await page.getByLabel('Поиск').fill('анна')
  await expect(table.getByRole('row', { name: /Анна Петрова/ })).toBeVisible()
  await expect(table.getByRole('row', { name: /Борис Смирнов/ })).toHaveCount(0)
  await page.getByLabel('Поиск').fill('000000')
  await expect(page.getByText('Таких номеров в списке нет')).toBeVisible()
  await page.getByRole('button', { name: 'Сбросить фильтр' }).click()
  await expect(page.getByText('3 номера', { exact: true })).toBeVisible()
})

test('a Windows-1251 CSV of numbers is loaded through the file input', async ({ page }) => {
  const rows = [
    'Имя;Телефон;Комментарий',
    'Анна;8 916 123-45-67;просила не писать',
    'Жанна;+7 (921) 765-43-21;отказ',
    'Игорь;нет номера;',
  ]
  const bytes = iconv.encode(`${rows.join('\r\n')}\r\n`, 'win1251')
  await openOptOuts(page)
  await page.getByRole('button', { name: 'Загрузить из файла' }).click()
  const dialog = page.getByRole('dialog', { name: 'Загрузить номера из файла' })
  await dialog
    .locator('input[type="file"]')
    .setInputFiles({ name: 'отказы.csv', mimeType: 'text/csv', buffer: bytes })
  await expect(dialog.getByText(/отказы\.csv/)).toBeVisible()
  await dialog.getByRole('textbox', { name: 'Заметка' }).fill('Старый список')
  await dialog.getByRole('button', { name: 'Загрузить', exact: true }).click()

  await expect(dialog.getByRole('group', { name: 'Добавлены', exact: true })).toContainText('2')
  await expect(dialog.getByRole('group', { name: 'Не добавлены' })).toContainText('1')
  await expect(dialog.getByRole('row', { name: /нет номера/ })).toContainText('4')
  await dialog.getByRole('button', { name: 'Готово' }).click()

  const table = optOutTable(page)
  await expect(table.getByRole('row', { name: /\+7 916 123 45 67/ })).toContainText(
    'Загружен из файла',
  )
  await expect(table.getByRole('row', { name: /\+7 921 765 43 21/ })).toContainText('Старый список')
  await page.getByLabel('Как попал в список').selectOption('Добавлен вручную')
  await expect(page.getByText('Таких номеров в списке нет')).toBeVisible()
  await page.getByLabel('Как попал в список').selectOption('Загружен из файла')
  await expect(page.getByText('2 номера', { exact: true })).toBeVisible()
})

test('a file over 5 MB is refused before it is sent', async ({ page }) => {
  await openOptOuts(page)
  await page.getByRole('button', { name: 'Загрузить из файла' }).click()
  const dialog = page.getByRole('dialog', { name: 'Загрузить номера из файла' })
  await dialog.locator('input[type="file"]').setInputFiles({
    name: 'огромный.csv',
    mimeType: 'text/csv',
    buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 0x31),
  })
  await expect(dialog.getByText('Файл «огромный.csv» больше 5 МБ.', { exact: false })).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Загрузить', exact: true })).toBeDisabled()
})

test('the export downloads the numbers as CSV', async ({ page }) => {
  await callHost(host, 'optOuts.addNumbers', {
    text: '8 916 123-45-67\n+7 921 765 43 21',
    note: '',
  })
  await openOptOuts(page)
  await expect(page.getByText('2 номера', { exact: true })).toBeVisible()
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Выгрузить в CSV (Excel)' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/\.csv$/)
  const text = readFileSync(await download.path(), 'utf8')
  expect(text).toContain('+79161234567')
  expect(text).toContain('+79217654321')
  // As a Russian Excel splits it: ";" between quoted cells.
  expect(text).toMatch(/^\uFEFF"Phone";"Opted Out At";"Source";"Note";"Linked From";"Contact"\r\n/)
})

test('taking a number off the list needs the tick that the person asked for it', async ({
  page,
}) => {
  await callHost(host, 'optOuts.addNumbers', {
    text: '+7 903 555 12 34\n+7 921 765 43 21',
    note: '',
  })
  await openOptOuts(page)
  const table = optOutTable(page)
  await table.getByRole('button', { name: 'Вернуть в рассылку: +7 903 555 12 34' }).click()
  const dialog = page.getByRole('dialog', { name: 'Снова писать на этот номер?' })
  await expect(dialog).toContainText('Номер +7 903 555 12 34 уйдёт из списка отписавшихся')
  const submit = dialog.getByRole('button', { name: 'Убрать из списка' })
  await expect(submit).toBeDisabled()
  await dialog
    .getByRole('checkbox', { name: 'Человек сам попросил меня снова присылать ему сообщения' })
    .check()
  await dialog.getByRole('textbox', { name: 'Заметка' }).fill('Написал в WhatsApp')
  await submit.click()
  await expect(dialog).toBeHidden()
  await expect(page.getByText('Убран из списка отписавшихся 1 номер')).toBeVisible()
  await expect(table.getByRole('row', { name: /Борис Смирнов/ })).toHaveCount(0)
  await expect(page.getByText('1 номер', { exact: true })).toBeVisible()
})

test('"Does not want messages" on a contact card puts the contact on the list, and back', async ({
  page,
}) => {
  const app = new AppPage(page)
  await app.open(host.pageUrl)
  const contacts = page.getByRole('table')
  await contacts.getByRole('row', { name: /Анна Петрова/ }).click()
  const drawer = page.getByRole('dialog', { name: 'Анна Петрова' })
  await drawer.getByRole('button', { name: 'Не хочет получать сообщения' }).click()
  const confirm = page.getByRole('dialog', { name: 'Не хочет получать сообщения' })
  await expect(confirm).toContainText('Все номера контакта «Анна Петрова»')
  await confirm.getByRole('textbox', { name: 'Заметка' }).fill('Попросила по телефону')
  await confirm.getByRole('button', { name: 'Отписать' }).click()
  await expect(confirm).toBeHidden()

  // The card says so at once, with the number.
  await expect(drawer.getByRole('alert')).toContainText(
    'Этот человек попросил больше ему не писать',
  )
  await expect(drawer.getByRole('alert')).toContainText('+7 916 123 45 67')
  await expect(drawer.getByRole('button', { name: 'Не хочет получать сообщения' })).toHaveCount(0)
  await page.keyboard.press('Escape')
  await expect(drawer).toBeHidden()

  await page.getByText('Только отписавшиеся').click()
  await expect(page.getByText('1 контакт', { exact: true })).toBeVisible()
  await expect(contacts.getByRole('row', { name: /Анна Петрова/ })).toContainText('Отписка')
  await expect(contacts.getByRole('row', { name: /Борис Смирнов/ })).toHaveCount(0)

  await app.goTo('Отписавшиеся')
  const anna = optOutTable(page).getByRole('row', { name: /Анна Петрова/ })
  await expect(anna).toContainText('Отмечен в контактах')
  await expect(anna).toContainText('Попросила по телефону')

  // The way back, from the card.
  await app.goTo('Контакты')
  await page
    .getByRole('table')
    .getByRole('row', { name: /Анна Петрова/ })
    .click()
  await drawer.getByRole('button', { name: 'Снова хочет получать сообщения…' }).click()
  const back = page.getByRole('dialog', { name: 'Снова писать на этот номер?' })
  await back.getByRole('checkbox').check()
  await back.getByRole('button', { name: 'Убрать из списка' }).click()
  await expect(back).toBeHidden()
  await expect(drawer.getByRole('button', { name: 'Не хочет получать сообщения' })).toBeVisible()
  await expect(drawer.getByText('Этот человек попросил больше ему не писать')).toHaveCount(0)
})

test('ticked contacts are opted out at once from the selection bar', async ({ page }) => {
  await new AppPage(page).open(host.pageUrl)
  const contacts = page.getByRole('table')
  await expect(contacts.getByRole('row', { name: /Анна Петрова/ })).toBeVisible()
  await page.getByRole('checkbox', { name: 'Выбрать: Анна Петрова' }).check()
  await page.getByRole('checkbox', { name: 'Выбрать: Вера Кузнецова' }).check()
  await page.getByRole('button', { name: 'Отписать', exact: true }).click()
  const confirm = page.getByRole('dialog', { name: 'Не хотят получать сообщения' })
  await expect(confirm).toContainText('Выбрано контактов: 2')
  await confirm.getByRole('button', { name: 'Отписать', exact: true }).click()
  await expect(confirm).toBeHidden()
  await expect(
    page.getByText('Больше не будут получать сообщения. Отмечено контактов: 2'),
  ).toBeVisible()
  await expect(contacts.getByRole('row', { name: /Анна Петрова/ })).toContainText('Отписка')
  await expect(contacts.getByRole('row', { name: /Вера Кузнецова/ })).toContainText('Отписка')
  await expect(contacts.getByRole('row', { name: /Борис Смирнов/ })).not.toContainText('Отписка')
})

test('the section speaks English too', async ({ page }) => {
  await page.goto(host.pageUrl.replace('lang=ru', 'lang=en'))
  await new AppPage(page).goTo('Opt-outs')
  await expect(page.getByRole('heading', { name: 'Nobody has opted out yet' })).toBeVisible()
  await page.getByRole('button', { name: 'Add numbers' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add numbers to the opt-outs' })
  await dialog.getByRole('textbox', { name: 'Phone numbers' }).fill('+7 903 555 12 34')
  await dialog.getByRole('button', { name: 'Add to the list' }).click()
  await expect(dialog.getByRole('group', { name: 'Added', exact: true })).toContainText('1')
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(page.getByText('1 number', { exact: true })).toBeVisible()
  const table = page.getByRole('table', { name: 'Opt-out list' })
  await expect(table.getByRole('row', { name: /Борис Смирнов/ })).toContainText('Added by hand')
})
