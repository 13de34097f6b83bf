import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { AppPage } from './support/app-page'
import { callHost, importCsv } from './support/host-api'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'

/**
 * 601 VIP customers: 560 agreed to messages, 40 did not say, one has a landline; and three
 * regulars without the tag. Without consent nobody is messaged (the Settings' default).
 */
function book(): string {
  const lines = ['ФИО;Телефон;Группа;Согласие']
  for (let i = 0; i < 600; i++) {
    const number = `8 916 ${String(1_000_000 + i)}`
    lines.push(`Покупатель ${String(i).padStart(3, '0')};${number};VIP;${i < 560 ? 'да' : ''}`)
  }
  lines.push('Оптовик Городской;8 495 123-45-67;VIP;да')
  lines.push('Анна Петрова;8 903 111-22-33;Постоянные;да')
  lines.push('Борис Смирнов;8 903 222-33-44;Постоянные;да')
  lines.push('Вера Кузнецова;8 903 333-44-55;;')
  return lines.join('\n')
}

let host: HostProcess
test.beforeEach(async () => {
  host = await startHostProcess({ dataDir: newDataDir(), lang: 'ru' })
  const report = await importCsv(host, book(), 'клиенты.csv')
  expect(report.added).toBe(604)
})
test.afterEach(async () => {
  await host.stop()
})

async function openLists(page: Page) {
  const app = new AppPage(page)
  await app.open(host.pageUrl)
  await app.goTo('Списки рассылки')
  return app
}

async function contactId(name: string): Promise<number> {
  const page = await callHost<{ rows: { id: number; name: string }[] }>(host, 'contacts.query', {
    search: name,
  })
  const row = page.rows.find((entry) => entry.name === name)
  if (!row) throw new Error(`no contact ${name}`)
  return row.id
}

test('a list built from a tag shows who is left out and why, and splits into near-equal lists', async ({
  page,
}) => {
  const app = await openLists(page)
  await expect(app.heading('Списков рассылки пока нет')).toBeVisible()
  await page.getByRole('button', { name: 'Список по условиям' }).click()
  const dialog = page.getByRole('dialog', { name: 'Список по условиям' })

  await dialog.getByRole('combobox', { name: 'С метками' }).click()
  await page.getByRole('option', { name: /^VIP/ }).click()
  await dialog.getByRole('textbox', { name: 'Название списка' }).fill('Клиенты VIP')

  await expect(dialog.getByLabel('Подходят: 601')).toBeVisible()
  await expect(dialog.getByLabel('Можно писать: 560')).toBeVisible()
  await expect(dialog.getByLabel('Нельзя писать: 41')).toBeVisible()
  await expect(dialog.getByText('Нет согласия: 40')).toBeVisible()
  await expect(dialog.getByText('Не мобильный номер: 1')).toBeVisible()
  await expect(dialog.getByText('получится 3 списка: 187, 187, 186')).toBeVisible()
  await expect(dialog.getByText('Клиенты VIP 1/3')).toBeVisible()
  await expect(dialog.getByText('Клиенты VIP 3/3')).toBeVisible()

  const onlyEligible = dialog.getByRole('switch', { name: 'Только те, кому сейчас можно писать' })
  await expect(onlyEligible).toBeChecked()
  // Everyone, the excluded too: still three lists, now of 201, 200 and 200.
  await onlyEligible.uncheck()
  await expect(dialog.getByLabel('Попадут в список: 601')).toBeVisible()
  await expect(dialog.getByText('получится 3 списка: 201, 200, 200')).toBeVisible()
  await onlyEligible.check()
  await expect(dialog.getByText('получится 3 списка: 187, 187, 186')).toBeVisible()

  await dialog.getByRole('button', { name: 'Собрать 3 списка' }).click()
  await expect(dialog).toBeHidden()
  await expect(app.heading('Клиенты VIP 1/3')).toBeVisible()
  await expect(page.getByTestId('list-capacity')).toHaveText('187 / 256')
  await expect(page.getByText('Получат: 187')).toBeVisible()
  await expect(page.getByText('Все получат рассылку')).toBeVisible()
  const members = page.getByRole('table', { name: 'Люди в списке' })
  await expect(members.getByRole('row')).toHaveCount(188)

  await page.getByRole('button', { name: 'Все списки' }).click()
  const lists = page.getByRole('table', { name: 'Списки рассылки' })
  for (const [name, size] of [
    ['Клиенты VIP 1/3', '187 / 256'],
    ['Клиенты VIP 2/3', '187 / 256'],
    ['Клиенты VIP 3/3', '186 / 256'],
  ] as const)
    await expect(lists.getByRole('row', { name: new RegExp(name) })).toContainText(size)
})

test('a list is built by hand: search, add, remove; the cap and the minimum are shown', async ({
  page,
}) => {
  const app = await openLists(page)
  await page.getByRole('button', { name: 'Новый список' }).click()
  const modal = page.getByRole('dialog', { name: 'Новый список' })
  await modal.getByLabel('Название').fill('Постоянные покупатели')
  await modal.getByRole('button', { name: 'Создать' }).click()

  await expect(app.heading('Постоянные покупатели')).toBeVisible()
  await expect(page.getByTestId('list-capacity')).toHaveText('0 / 256')
  await expect(page.getByText(/В списке меньше 2 человек/)).toBeVisible()

  const search = page.getByRole('searchbox', { name: 'Поиск в контактах' })
  await search.fill('Анна')
  await page.getByRole('button', { name: 'Добавить: Анна Петрова' }).click()
  const members = page.getByRole('table', { name: 'Люди в списке' })
  await expect(members.getByRole('row', { name: /Анна Петрова/ })).toContainText('+7 903 111 22 33')
  await expect(members.getByRole('row', { name: /Анна Петрова/ })).toContainText('Получит рассылку')
  await expect(page.getByTestId('list-capacity')).toHaveText('1 / 256')

  // Vera did not agree to messages: she may be added by hand, and the list says why she is left out.
  await search.fill('Вера')
  await page.getByRole('button', { name: 'Добавить: Вера Кузнецова' }).click()
  await expect(members.getByRole('row', { name: /Вера Кузнецова/ })).toContainText('Нет согласия')
  await expect(page.getByTestId('list-capacity')).toHaveText('2 / 256')
  await expect(page.getByText('Не получат: 1')).toBeVisible()
  await expect(page.getByText(/В списке меньше 2 человек/)).toBeHidden()
  await expect(
    page.getByRole('table', { name: 'Добавить из контактов' }).getByRole('row', { name: /Вера/ }),
  ).toContainText('В списке')

  // "Add everyone found" takes only people who may be messaged.
  await search.fill('')
  await page.getByLabel('Метка', { exact: true }).selectOption('Постоянные')
  await expect(page.getByText('Найдено 2 контакта')).toBeVisible()
  await page.getByRole('button', { name: 'Добавить всех найденных' }).click()
  await expect(page.getByText('Добавлено: 1. Уже были в списке: 1')).toBeVisible()
  await expect(page.getByTestId('list-capacity')).toHaveText('3 / 256')

  await members.getByRole('button', { name: 'Убрать из списка: Вера Кузнецова' }).click()
  await expect(members.getByRole('row', { name: /Вера Кузнецова/ })).toHaveCount(0)
  await expect(page.getByTestId('list-capacity')).toHaveText('2 / 256')
  await expect(page.getByText('Все получат рассылку')).toBeVisible()
})

test('a list is renamed, copied, exported as vCard and CSV and deleted; its contacts stay', async ({
  page,
}) => {
  await callHost(host, 'lists.create', {
    name: 'Весна',
    contactIds: [await contactId('Анна Петрова'), await contactId('Борис Смирнов')],
  })
  const app = await openLists(page)
  const lists = page.getByRole('table', { name: 'Списки рассылки' })
  await expect(lists.getByRole('row', { name: /Весна/ })).toContainText('2 / 256')

  await page.getByRole('button', { name: 'Действия со списком «Весна»' }).click()
  await page.getByRole('menuitem', { name: 'Переименовать' }).click()
  const rename = page.getByRole('dialog', { name: 'Переименовать список' })
  await rename.getByLabel('Название').fill('Весенняя распродажа')
  await rename.getByRole('button', { name: 'Сохранить' }).click()
  await expect(lists.getByRole('row', { name: /Весенняя распродажа/ })).toBeVisible()

  await page.getByRole('button', { name: 'Действия со списком «Весенняя распродажа»' }).click()
  await page.getByRole('menuitem', { name: 'Сделать копию' }).click()
  const copy = page.getByRole('dialog', { name: 'Копия списка' })
  await expect(copy.getByLabel('Название')).toHaveValue('Весенняя распродажа (копия)')
  await copy.getByRole('button', { name: 'Сделать копию' }).click()
  await expect(app.heading('Весенняя распродажа (копия)')).toBeVisible()
  await expect(page.getByTestId('list-capacity')).toHaveText('2 / 256')
  await page.getByRole('button', { name: 'Все списки' }).click()
  await expect(lists.getByRole('row')).toHaveCount(3)

  await page.getByRole('button', { name: 'Действия со списком «Весенняя распродажа»' }).click()
  const downloading = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: /vCard/ }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/\.vcf$/)
  const card = readFileSync(await download.path(), 'utf8')
  expect(card).toContain('BEGIN:VCARD')
  expect(card).toContain('Анна Петрова')

  // The CSV as a Russian Excel splits it: ";" between quoted cells, the number kept as text.
  await page.getByRole('button', { name: 'Действия со списком «Весенняя распродажа»' }).click()
  const downloadingCsv = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: 'Выгрузить в CSV (Excel)' }).click()
  const table = readFileSync(await (await downloadingCsv).path(), 'utf8')
  expect(table.split('\r\n')[0]).toBe(
    '\uFEFF"Name";"First Name";"Middle Name";"Last Name";"Phone";"Eligible";"Reasons"',
  )
  expect(table).toMatch(/\r\n"Анна Петрова";"[^"]*";"[^"]*";"[^"]*";"'\+7\d{10}";"yes";""\r\n/)

  await page.getByRole('button', { name: 'Действия со списком «Весенняя распродажа»' }).click()
  await page.getByRole('menuitem', { name: 'Удалить список' }).click()
  const confirm = page.getByRole('dialog', { name: 'Удалить список «Весенняя распродажа»?' })
  await expect(confirm).toContainText('останутся в контактах')
  await confirm.getByRole('button', { name: 'Удалить список' }).click()
  await expect(lists.getByRole('row', { name: /Весенняя распродажа \(копия\)/ })).toBeVisible()
  await expect(lists.getByRole('row')).toHaveCount(2)

  await app.goTo('Контакты')
  await page.getByLabel('Поиск').fill('Анна')
  await expect(page.getByRole('table').getByRole('row', { name: /Анна Петрова/ })).toBeVisible()
})

test('ticked contacts go into a new list or an existing one from the contact book', async ({
  page,
}) => {
  await callHost(host, 'lists.create', { name: 'Опт', contactIds: [] })
  const app = new AppPage(page)
  await app.open(host.pageUrl)
  await page.getByLabel('Фильтр по метке').selectOption('Постоянные')
  await page.getByRole('checkbox', { name: 'Выбрать: Анна Петрова' }).check()
  await page.getByRole('checkbox', { name: 'Выбрать: Борис Смирнов' }).check()

  await page.getByRole('button', { name: 'В список' }).click()
  await page.getByRole('menuitem', { name: /Опт/ }).click()
  await expect(page.getByText('Добавлено: 2')).toBeVisible()

  await page.getByRole('button', { name: 'В список' }).click()
  await page.getByRole('menuitem', { name: 'Новый список из выбранных…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Список из выбранных контактов' })
  await expect(dialog.getByText('Выбрано в контактах: 2')).toBeVisible()
  await expect(dialog.getByLabel('Можно писать: 2')).toBeVisible()
  await dialog.getByRole('textbox', { name: 'Название списка' }).fill('Постоянные')
  await dialog.getByRole('button', { name: 'Собрать список' }).click()

  await expect(app.heading('Постоянные')).toBeVisible()
  await expect(page.getByTestId('list-capacity')).toHaveText('2 / 256')
  await page.getByRole('button', { name: 'Все списки' }).click()
  await expect(
    page.getByRole('table', { name: 'Списки рассылки' }).getByRole('row', { name: /Опт/ }),
  ).toContainText('2 / 256')
})

test('a list that would go over 256 is refused with the reason in words', async ({ page }) => {
  const vip = await callHost<{ rows: { id: number }[] }>(host, 'contacts.query', {
    tag: 'VIP',
    limit: 250,
  })
  await callHost(host, 'lists.create', {
    name: 'Почти полный',
    contactIds: vip.rows.map((r) => r.id),
  })
  const app = await openLists(page)
  await page.getByRole('button', { name: 'Почти полный', exact: true }).click()
  await expect(app.heading('Почти полный')).toBeVisible()
  await expect(page.getByTestId('list-capacity')).toHaveText('250 / 256')

  await page.getByLabel('Метка', { exact: true }).selectOption('VIP')
  await page.getByRole('button', { name: 'Добавить всех найденных' }).click()
  await expect(page.getByText(/В списке рассылки может быть не больше 256 человек/)).toBeVisible()
  await expect(page.getByTestId('list-capacity')).toHaveText('250 / 256')
})
