import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { AppPage } from './support/app-page'
import { callHost, importCsv } from './support/host-api'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'
import { shot } from './support/shots'

/** 30 customers in a shop's file, no consent column: the owner has to say. */
function shopFile(): string {
  const lines = ['ФИО;Телефон']
  for (let i = 0; i < 30; i++) {
    lines.push(
      `Покупатель ${String(i).padStart(2, '0')};8 916 200-00-${String(i).padStart(2, '0')}`,
    )
  }
  return `${lines.join('\r\n')}\r\n`
}

const languages = [
  {
    lang: 'ru',
    contacts: 'Контакты',
    import: 'Импорт контактов',
    start: 'Импортировать',
    question: 'Согласны ли эти люди получать от вас рассылки?',
    required: 'Ответьте на этот вопрос',
    law: /38-ФЗ, ст\. 18/,
    unknown: 'Согласие неизвестно',
    finished: 'Импорт завершён',
    done: 'Готово',
    lists: 'Списки рассылки',
    fromFilter: 'Список по условиям',
    eligible: (n: number) => `Можно писать: ${String(n)}`,
    noConsent: 'Нет согласия: 29',
    fix: 'Отметить согласие у 29 человек',
    markTitle: 'Отметить: согласие получено',
    who: 'Отметим 29 контактов',
    source: 'Где получено согласие',
    example: 'анкета на кассе',
    when: 'Когда получено',
    confirm: 'Отметить согласие',
    toast: /Отмечено 29 контактов\. Отписались: 1 — их не трогали\./,
    listName: 'Название списка',
    build: 'Собрать список',
    bulk: 'Отметить: согласие получено',
    selectRow: (name: string) => `Выбрать: ${name}`,
    typed: 'в магазине, устно',
    bulkWho: 'Отметим 2 контакта',
    bulkToast: /Отмечено 2 контакта\./,
    listWillGet: (n: number) => `Получат: ${String(n)}`,
    listFix: 'Отметить согласие у 5 человек',
    listWho: 'Отметим 5 контактов',
  },
  {
    lang: 'en',
    contacts: 'Contacts',
    import: 'Import contacts',
    start: 'Import',
    question: 'Have these people agreed to receive your broadcasts?',
    required: 'Please answer this question',
    law: /38-FZ “On Advertising”, art\. 18/,
    unknown: 'Consent unknown',
    finished: 'Import finished',
    done: 'Done',
    lists: 'Broadcast lists',
    fromFilter: 'List from a filter',
    eligible: (n: number) => `May be messaged: ${String(n)}`,
    noConsent: 'No consent: 29',
    fix: 'Mark consent for 29 people',
    markTitle: 'Mark: consent given',
    who: '29 contacts will be marked',
    source: 'Where consent was obtained',
    example: 'form at the till',
    when: 'When it was obtained',
    confirm: 'Mark consent',
    toast: /29 contacts marked\. Opted out: 1 — left as they were\./,
    listName: 'List name',
    build: 'Build the list',
    bulk: 'Mark: consent given',
    selectRow: (name: string) => `Select ${name}`,
    typed: 'in the shop, in person',
    bulkWho: '2 contacts will be marked',
    bulkToast: /2 contacts marked\./,
    listWillGet: (n: number) => `Will get it: ${String(n)}`,
    listFix: 'Mark consent for 5 people',
    listWho: '5 contacts will be marked',
  },
] as const

let host: HostProcess | undefined
test.afterEach(async () => {
  await host?.stop()
})

for (const text of languages) {
  test(`consent is the owner's decision: asked at import, and marked from the list dialog (${text.lang})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 })
    const dataDir = newDataDir()
    const file = join(dataDir, 'клиенты.csv')
    writeFileSync(file, shopFile())
    host = await startHostProcess({ dataDir, lang: text.lang })
    const app = new AppPage(page)
    await app.open(host.pageUrl)

    // The import asks, in sight without scrolling, with what each answer means and the law.
    await app.goTo(text.contacts)
    await page.getByRole('button', { name: text.import }).first().click()
    const dialog = page.getByRole('dialog', { name: text.import })
    await dialog.locator('input[type="file"]').setInputFiles(file)
    const question = dialog.getByRole('radiogroup', { name: text.question })
    await expect(question).toBeInViewport()
    await expect(question.getByRole('radio', { checked: true })).toHaveCount(0)
    await expect(dialog.getByText(text.law).first()).toBeVisible()
    await shot(page, `consent-import-question-${text.lang}`)

    // Import pressed without an answer: the question says so, nothing is imported.
    await dialog.getByRole('button', { name: text.start, exact: true }).click()
    await expect(dialog.getByText(text.required)).toBeVisible()
    await shot(page, `consent-import-unanswered-${text.lang}`)
    await question.getByLabel(text.unknown).check()
    await dialog.getByRole('button', { name: text.start, exact: true }).click()
    await expect(dialog.getByText(text.finished)).toBeVisible()
    await dialog.getByRole('button', { name: text.done }).click()

    // One of them asked not to be written to: marking consent must not undo that.
    await callHost(host, 'optOuts.addNumbers', { text: '+79162000007' })

    // The list dialog counts who may not be messaged, and offers the fix right there.
    await app.goTo(text.lists)
    await page.getByRole('button', { name: text.fromFilter }).first().click()
    const builder = page.getByRole('dialog', { name: text.fromFilter })
    await expect(builder.getByLabel(text.eligible(0))).toBeVisible()
    await expect(builder.getByText(text.noConsent)).toBeVisible()
    await shot(page, `consent-list-dialog-before-${text.lang}`)
    await builder.getByRole('button', { name: text.fix }).click()

    const mark = page.getByRole('dialog', { name: text.markTitle })
    await expect(mark.getByText(text.who)).toBeVisible()
    await expect(mark.getByRole('button', { name: text.confirm })).toBeDisabled()
    await mark.getByRole('button', { name: text.example }).click()
    await expect(mark.getByRole('textbox', { name: text.source })).toHaveValue(text.example)
    await shot(page, `consent-mark-dialog-${text.lang}`)
    await mark.getByRole('button', { name: text.confirm }).click()
    await expect(mark).toBeHidden()
    await expect(page.getByText(text.toast)).toBeVisible()

    // The counts update: 29 may be messaged now, and a list of them can be built.
    await expect(builder.getByLabel(text.eligible(29))).toBeVisible()
    await expect(builder.getByText(text.noConsent)).toHaveCount(0)
    await shot(page, `consent-list-dialog-after-${text.lang}`)
    await builder.getByRole('textbox', { name: text.listName }).fill('Все покупатели')
    await builder.getByRole('button', { name: text.build }).click()
    await expect(builder).toBeHidden()
    const lists = await callHost<{ name: string; eligible: number; size: number }[]>(
      host,
      'lists.all',
      {},
    )
    expect(lists).toEqual([expect.objectContaining({ name: 'Все покупатели', eligible: 29 })])

    // Each card says where and when.
    const page0 = await callHost<{ rows: { id: number }[] }>(host, 'contacts.query', {
      search: 'Покупатель 03',
    })
    const card = await callHost<{ consent: string; consentSource: string }>(host, 'contacts.get', {
      id: page0.rows[0]?.id,
    })
    expect(card).toMatchObject({ consent: 'granted', consentSource: text.example })
  })
}

for (const text of languages) {
  test(`the contact book marks the selected contacts' consent, with where and when (${text.lang})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 })
    host = await startHostProcess({ dataDir: newDataDir(), lang: text.lang })
    await importCsv(host, shopFile(), 'клиенты.csv')
    const app = new AppPage(page)
    await app.open(host.pageUrl)
    await app.goTo(text.contacts)

    await page.getByRole('checkbox', { name: text.selectRow('Покупатель 01') }).check()
    await page.getByRole('checkbox', { name: text.selectRow('Покупатель 02') }).check()
    await page.getByRole('button', { name: text.bulk }).click()
    const mark = page.getByRole('dialog', { name: text.markTitle })
    await expect(mark.getByText(text.bulkWho)).toBeVisible()
    await mark.getByRole('textbox', { name: text.source }).fill(text.typed)
    await shot(page, `consent-bulk-mark-${text.lang}`)
    await mark.getByRole('button', { name: text.confirm }).click()
    await expect(page.getByText(text.bulkToast)).toBeVisible()

    const found = await callHost<{ rows: { id: number }[] }>(host, 'contacts.query', {
      search: 'Покупатель 02',
    })
    const card = await callHost<{ consent: string; consentSource: string; consentAt: number }>(
      host,
      'contacts.get',
      { id: found.rows[0]?.id },
    )
    expect(card).toMatchObject({ consent: 'granted', consentSource: text.typed })
    // When: today unless the owner says otherwise, as the start of the day.
    const today = new Date()
    today.setHours(0, 0, 0, 0)
    expect(card.consentAt).toBe(today.getTime())
    const others = await callHost<{ total: number }>(host, 'contacts.query', {
      consent: 'unknown',
    })
    expect(others.total).toBe(28)
  })
}

for (const text of languages) {
  test(`a saved list's page offers to mark consent for its people without it (${text.lang})`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1366, height: 768 })
    host = await startHostProcess({ dataDir: newDataDir(), lang: text.lang })
    await importCsv(host, shopFile(), 'клиенты.csv')
    const found = await callHost<{ rows: { id: number; name: string }[] }>(host, 'contacts.query', {
      search: 'Покупатель 0',
      limit: 5,
    })
    const members = found.rows.slice(0, 5).map((row) => row.id)
    await callHost(host, 'lists.create', { name: 'Весна', contactIds: members })

    const app = new AppPage(page)
    await app.open(host.pageUrl)
    await app.goTo(text.lists)
    await page.getByRole('button', { name: 'Весна', exact: true }).click()
    await expect(page.getByText(text.listWillGet(0))).toBeVisible()
    await page.getByRole('button', { name: text.listFix }).click()
    const mark = page.getByRole('dialog', { name: text.markTitle })
    await expect(mark.getByText(text.listWho)).toBeVisible()
    await mark.getByRole('textbox', { name: text.source }).fill(text.typed)
    await shot(page, `consent-list-page-mark-${text.lang}`)
    await mark.getByRole('button', { name: text.confirm }).click()
    await expect(mark).toBeHidden()

    // The page updates at once: all five get it now, and the fix is gone.
    await expect(page.getByText(text.listWillGet(5))).toBeVisible()
    await expect(page.getByRole('button', { name: text.listFix })).toHaveCount(0)
    await shot(page, `consent-list-page-after-${text.lang}`)
    // Only the list's people were marked.
    const others = await callHost<{ total: number }>(host, 'contacts.query', {
      consent: 'unknown',
    })
    expect(others.total).toBe(25)
  })
}
