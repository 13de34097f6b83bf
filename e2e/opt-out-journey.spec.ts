// The promise that matters most, across sections: once a person opts out on their card, every list
// shows them excluded with the reason, and deleting and importing them again changes nothing.
import { expect, test, type Page } from '@playwright/test'
import type { ContactPage } from '../src/shared/contacts'
import { AppPage } from './support/app-page'
import { callHost, importCsv } from './support/host-api'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'

const book = [
  'ФИО,Телефон,Метки,Согласие',
  'Анна Петрова,8 916 123-45-67,VIP,да',
  'Борис Смирнов,+7 903 555-12-34,VIP,да',
  'Вера Кузнецова,+7 926 111-22-33,VIP,да',
].join('\n')

let host: HostProcess
test.beforeEach(async () => {
  host = await startHostProcess({ dataDir: newDataDir(), lang: 'ru' })
  expect((await importCsv(host, book, 'клиенты.csv')).added).toBe(3)
  const page = await callHost<ContactPage>(host, 'contacts.query', {})
  const ids = page.rows.map((r) => r.id)
  for (const name of ['Весна', 'Постоянные']) {
    await callHost(host, 'lists.create', { name, contactIds: ids })
  }
})
test.afterEach(async () => {
  await host.stop()
})

/** Opens a list from the Lists section and returns its members table. */
async function openList(page: Page, name: string) {
  await new AppPage(page).goTo('Списки рассылки')
  const back = page.getByRole('button', { name: 'Все списки' })
  if (await back.isVisible()) await back.click()
  await page
    .getByRole('table', { name: 'Списки рассылки' })
    .getByRole('button', { name, exact: true })
    .click()
  await expect(page.getByRole('heading', { name })).toBeVisible()
  return page.getByRole('table', { name: 'Люди в списке' })
}

test('an opt-out on the card excludes the person from every list, and survives delete and re-import', async ({
  page,
}) => {
  const app = new AppPage(page)
  await app.open(host.pageUrl)
  const contacts = page.getByRole('table')
  await contacts.getByRole('row', { name: /Анна Петрова/ }).click()
  const drawer = page.getByRole('dialog', { name: 'Анна Петрова' })
  await drawer.getByRole('button', { name: 'Не хочет получать сообщения' }).click()
  const confirm = page.getByRole('dialog', { name: 'Не хочет получать сообщения' })
  await confirm.getByRole('button', { name: 'Отписать' }).click()
  await expect(drawer.getByRole('alert')).toContainText('+7 916 123 45 67')
  await page.keyboard.press('Escape')

  // Every list: still visible, excluded, with the reason; the counts say so.
  for (const name of ['Весна', 'Постоянные']) {
    const members = await openList(page, name)
    await expect(members.getByRole('row', { name: /Анна Петрова/ })).toContainText('Отписка')
    await expect(members.getByRole('row', { name: /Борис Смирнов/ })).toContainText(
      'Получит рассылку',
    )
    await expect(page.getByText('Получат: 2')).toBeVisible()
    await expect(page.getByText('Не получат: 1')).toBeVisible()
  }

  // Delete her, then import the same file again: she comes back, still opted out.
  await app.goTo('Контакты')
  await contacts.getByRole('row', { name: /Анна Петрова/ }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Удалить контакт' }).click()
  await expect(contacts.getByRole('row', { name: /Анна Петрова/ })).toHaveCount(0)
  expect((await importCsv(host, book, 'клиенты.csv')).added).toBe(1)
  await expect(contacts.getByRole('row', { name: /Анна Петрова/ })).toContainText('Отписка')

  // Put into a list by hand, she is shown excluded for the same reason.
  const members = await openList(page, 'Весна')
  await expect(members.getByRole('row', { name: /Анна Петрова/ })).toHaveCount(0)
  await page.getByRole('searchbox', { name: 'Поиск в контактах' }).fill('Анна')
  await page.getByRole('button', { name: 'Добавить: Анна Петрова' }).click()
  await expect(members.getByRole('row', { name: /Анна Петрова/ })).toContainText('Отписка')

  // And a list built from the tag leaves her out, counting her under the reason.
  await page.getByRole('button', { name: 'Все списки' }).click()
  await page.getByRole('button', { name: 'Список по условиям' }).click()
  const dialog = page.getByRole('dialog', { name: 'Список по условиям' })
  await dialog.getByRole('combobox', { name: 'С метками' }).click()
  await page.getByRole('option', { name: /^VIP/ }).click()
  await expect(dialog).toContainText('Отписка: 1')
})
