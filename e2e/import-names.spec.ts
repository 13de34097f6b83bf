// A Russian shop's file with one «ФИО» column: the mapping preview shows each name split into
// Фамилия / Имя / Отчество, one click turns the whole file's order around, and a rejected row
// shows whose it was. In Russian and in English, with screenshots at 1366×768.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Locator, type Page } from '@playwright/test'
import iconv from 'iconv-lite'
import { AppPage } from './support/app-page'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'
import { importCsv } from './support/host-api'
import { listOfEveryone, saveShopNumber, tuesdayMorning } from './support/shop'
import { hideToasts, shot } from './support/shots'

let host: HostProcess | undefined
test.afterEach(async () => {
  await host?.stop()
})

const rows = [
  'ФИО;Телефон;Сумма',
  'Новиков Сергей Петрович;8 916 123-45-67;4 500',
  'Смирнова Анна;+7 903 765-43-21;1 200',
  'Иванов И.И.;8(926)111-22-33;800',
  'Анна Петровна Кузнецова;89854445566;2 300',
  'Ким Олег;8 917 222-33-44;700',
  'Лебедев Дмитрий;123;0',
]

interface Words {
  lang: 'ru' | 'en'
  contacts: string
  import: string
  lastFirst: string
  firstLast: string
  start: string
  consentUnknown: string
  finished: string
  done: string
  firstName: string
  middleName: string
  lastName: string
}

/** A result row's name as written, then its Фамилия, Имя, Отчество cells. */
async function split(result: Locator, name: string): Promise<string[]> {
  const row = result.getByRole('row').filter({ hasText: name })
  return [
    await row.locator('[data-part="lastName"]').innerText(),
    await row.locator('[data-part="firstName"]').innerText(),
    await row.locator('[data-part="middleName"]').innerText(),
  ]
}

async function openDialog(page: Page, words: Words) {
  const dataDir = newDataDir()
  const file = join(dataDir, 'клиенты.csv')
  writeFileSync(file, iconv.encode(`${rows.join('\r\n')}\r\n`, 'win1251'))
  host = await startHostProcess({ dataDir, lang: words.lang })
  await page.setViewportSize({ width: 1366, height: 768 })
  const app = new AppPage(page)
  await app.open(host.pageUrl)
  await hideToasts(page)
  await app.goTo(words.contacts)
  await page.getByRole('button', { name: words.import }).first().click()
  const dialog = page.getByRole('dialog', { name: words.import })
  await dialog.locator('input[type="file"]').setInputFiles(file)
  return dialog
}

for (const words of [
  {
    lang: 'ru',
    contacts: 'Контакты',
    import: 'Импорт контактов',
    lastFirst: 'Фамилия Имя',
    firstLast: 'Имя Фамилия',
    start: 'Импортировать',
    consentUnknown: 'Согласие неизвестно',
    finished: 'Импорт завершён',
    done: 'Готово',
    firstName: 'Имя',
    middleName: 'Отчество',
    lastName: 'Фамилия',
  },
  {
    lang: 'en',
    contacts: 'Contacts',
    import: 'Import contacts',
    lastFirst: 'Last First',
    firstLast: 'First Last',
    start: 'Import',
    consentUnknown: 'Consent unknown',
    finished: 'Import finished',
    done: 'Done',
    firstName: 'First name',
    middleName: 'Middle name',
    lastName: 'Last name',
  },
] satisfies Words[]) {
  test(`the mapping preview splits ФИО and switches the order for the whole file (${words.lang})`, async ({
    page,
  }) => {
    const dialog = await openDialog(page, words)
    const result = dialog.getByRole('table').nth(1)
    const order = dialog.getByRole('radio', { name: words.lastFirst })

    // Guessed from the header and the names: «Фамилия Имя Отчество».
    await expect(order).toBeChecked()
    await expect
      .poll(() => split(result, 'Новиков Сергей Петрович'))
      .toEqual(['Новиков', 'Сергей', 'Петрович'])
    expect(await split(result, 'Иванов И.И.')).toEqual(['Иванов', '—', '—'])
    expect(await split(result, 'Анна Петровна Кузнецова')).toEqual([
      'Кузнецова',
      'Анна',
      'Петровна',
    ])
    expect(await split(result, 'Ким Олег')).toEqual(['Ким', 'Олег', '—'])
    // The rejected row still says whose it was.
    await expect(result.getByRole('row').filter({ hasText: 'Лебедев Дмитрий' })).toContainText(
      '123',
    )
    await shot(page, `import-names-${words.lang}-mapping-top`)
    await order.scrollIntoViewIfNeeded()
    await shot(page, `import-names-${words.lang}-last-first`)

    // One click: every name the words do not place is read the other way round.
    await dialog.getByText(words.firstLast, { exact: true }).click()
    await expect(dialog.getByRole('radio', { name: words.firstLast })).toBeChecked()
    await expect.poll(() => split(result, 'Ким Олег')).toEqual(['Олег', 'Ким', '—'])
    expect(await split(result, 'Новиков Сергей Петрович')).toEqual([
      'Новиков',
      'Сергей',
      'Петрович',
    ])
    await shot(page, `import-names-${words.lang}-first-last`)

    // …and back.
    await dialog.getByText(words.lastFirst, { exact: true }).click()
    await expect.poll(() => split(result, 'Ким Олег')).toEqual(['Ким', 'Олег', '—'])

    // The import takes the order shown; the report names the row it lost.
    await dialog.getByText(words.firstLast, { exact: true }).click()
    await expect.poll(() => split(result, 'Ким Олег')).toEqual(['Олег', 'Ким', '—'])
    await dialog.getByLabel(words.consentUnknown).check()
    await dialog.getByRole('button', { name: words.start, exact: true }).click()
    await expect(dialog.getByText(words.finished)).toBeVisible()
    const lost = dialog.getByRole('row').filter({ hasText: '123' })
    await expect(lost.getByRole('cell').nth(1)).toHaveText('Лебедев Дмитрий')
    await lost.scrollIntoViewIfNeeded()
    await shot(page, `import-names-${words.lang}-report`)

    // The contact keeps the name as written, with its parts in the card.
    await dialog.getByRole('button', { name: words.done, exact: true }).click()
    await page.getByRole('row', { name: /Кузнецова/ }).click()
    const card = page.getByRole('dialog', { name: 'Анна Петровна Кузнецова' })
    await expect(card.getByLabel(words.firstName, { exact: true })).toHaveValue('Анна')
    await expect(card.getByLabel(words.middleName, { exact: true })).toHaveValue('Петровна')
    await expect(card.getByLabel(words.lastName, { exact: true })).toHaveValue('Кузнецова')
    await shot(card, `import-names-${words.lang}-contact`)
  })
}

for (const words of [
  {
    lang: 'ru',
    campaigns: 'Рассылки',
    create: 'Новая рассылка',
    to: 'Кому',
    message: 'Сообщение',
    middle: 'Отчество',
    preview: 'Как это увидят',
  },
  {
    lang: 'en',
    campaigns: 'Campaigns',
    create: 'New campaign',
    to: 'To',
    message: 'Message',
    middle: 'Middle name',
    preview: 'How people will see it',
  },
] as const) {
  test(`a message greets by first name and patronymic from a ФИО import (${words.lang})`, async ({
    page,
  }) => {
    host = await startHostProcess({
      dataDir: newDataDir(),
      lang: words.lang,
      clockStart: tuesdayMorning,
    })
    await importCsv(
      host,
      [
        'ФИО;Телефон;Согласие',
        'Кузнецова Анна Петровна;8 916 111-11-11;да',
        'Смирнов Борис;8 916 222-22-22;да',
      ].join('\n'),
      'клиенты.csv',
    )
    await listOfEveryone(host, 'Постоянные')
    await saveShopNumber(host)
    await page.setViewportSize({ width: 1366, height: 768 })
    const app = new AppPage(page)
    await app.open(host.pageUrl)
    await hideToasts(page)
    await app.goTo(words.campaigns)
    await page.getByRole('button', { name: words.create }).first().click()
    await page.getByRole('combobox', { name: words.to }).click()
    await page.getByRole('option', { name: /Постоянные/ }).click()
    const message = page.getByRole('textbox', { name: words.message })
    await message.fill('Здравствуйте, {{first_name|друг}} ')
    await message.press('End')
    await page.getByRole('button', { name: words.middle, exact: true }).click()
    await expect(message).toHaveValue('Здравствуйте, {{first_name|друг}} {{middle_name}}')
    await message.press('End')
    await message.pressSequentially('! Скидка 15%.')

    // Without a patronymic the greeting closes up: no gap before the «!».
    const preview = page.getByLabel(words.preview)
    await expect(preview.getByText('Здравствуйте, Анна Петровна! Скидка 15%.')).toBeVisible()
    await expect(preview.getByText('Здравствуйте, Борис! Скидка 15%.')).toBeVisible()
    await message.scrollIntoViewIfNeeded()
    await shot(page, `import-names-${words.lang}-composer`)
  })
}
