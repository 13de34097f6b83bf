// A list mirrored on the phone's WhatsApp Business broadcast list: the guide with pictures
// (Android, iPhone), the checklist in the phone's order with its counter, recording it; then an
// opt-out on a contact's card shows «Удалите из рассылки на телефоне: Анна Петрова (отписка)»
// on the list's page until the owner confirms it is done. In Russian and in English, at 1366×768.
import { expect, test, type Page } from '@playwright/test'
import type { ContactPage } from '../src/shared/contacts'
import { AppPage } from './support/app-page'
import { callHost, importCsv } from './support/host-api'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'
import { listOfEveryone, saveShopNumber, tuesdayMorning } from './support/shop'
import { hideToasts, pageShot, shot } from './support/shots'

const texts = {
  ru: {
    contacts: 'Контакты',
    lists: 'Списки рассылки',
    back: 'Все списки',
    notYet: 'Этого списка ещё нет в рассылке',
    make: 'Сделать рассылку на телефоне',
    wizard: 'Рассылка на телефоне: «Весна»',
    android: 'Android',
    iphone: 'iPhone',
    androidStep: 'Выберите «Новая рассылка».',
    androidPicture: /Экран «Чаты» на Android: открыто меню ⋮, выделен пункт «Новая рассылка»/,
    iphonePicture: /Экран «Списки рассылки»: выделена ссылка «Новый список» внизу/,
    iphoneStep: 'Нажмите «Новый список» внизу экрана.',
    ticked: (n: number) => `Отмечено ${String(n)} из 3`,
    byLast: 'По фамилии (iPhone)',
    submit: 'Рассылка создана на телефоне',
    summary: /На телефоне с .*: 3 человека в рассылке «Весна»/,
    summaryAfter: /На телефоне с .*: 2 человека в рассылке «Весна»/,
    inStep: 'Рассылка на телефоне совпадает со списком.',
    optOut: 'Не хочет получать сообщения',
    optOutSubmit: 'Отписать',
    removal: 'Удалите из рассылки на телефоне: Анна Петрова (отписка)',
    done: 'Готово, удалил(а)',
    how: 'Как это сделать?',
    howAndroid: /^Android: откройте рассылку/,
  },
  en: {
    contacts: 'Contacts',
    lists: 'Broadcast lists',
    back: 'All lists',
    notYet: 'This list is not a broadcast list',
    make: 'Make the broadcast list on the phone',
    wizard: 'Broadcast list on the phone: “Весна”',
    android: 'Android',
    iphone: 'iPhone',
    androidStep: 'Choose “New broadcast”.',
    androidPicture: /The Chats screen on Android: the ⋮ menu is open, “New broadcast” highlighted/,
    iphonePicture: /The Broadcast Lists screen: “New List” at the bottom highlighted/,
    iphoneStep: 'Tap “New List” at the bottom of the screen.',
    ticked: (n: number) => `Ticked ${String(n)} of 3`,
    byLast: 'By last name (iPhone)',
    submit: 'The broadcast list is made on the phone',
    summary: /On the phone since .*: 3 people in the broadcast list “Весна”/,
    summaryAfter: /On the phone since .*: 2 people in the broadcast list “Весна”/,
    inStep: 'The broadcast list on the phone matches the list.',
    optOut: 'Does not want messages',
    optOutSubmit: 'Opt out',
    removal: 'Remove from the broadcast list on the phone: Анна Петрова (opted out)',
    done: 'Done, removed',
    how: 'How?',
    howAndroid: /^Android: open the broadcast list/,
  },
} as const

/** Галина has not said whether she saved the shop's number: a list message would miss her. */
const book = [
  'ФИО;Телефон;Согласие',
  'Борис Иванов;8 916 222-22-22;да',
  'Анна Петрова;8 916 111-11-11;да',
  'Вера Кузнецова;8 916 333-33-33;да',
  'Галина Орлова;8 916 444-44-44;да',
].join('\n')

let host: HostProcess
test.afterEach(async () => {
  await host.stop()
})

async function openList(page: Page, t: (typeof texts)['ru' | 'en']) {
  await new AppPage(page).goTo(t.lists)
  const back = page.getByRole('button', { name: t.back })
  if (await back.isVisible()) await back.click()
  await page
    .getByRole('table', { name: t.lists })
    .getByRole('button', { name: 'Весна', exact: true })
    .click()
  await expect(page.getByRole('heading', { name: 'Весна' })).toBeVisible()
}

for (const lang of ['ru', 'en'] as const) {
  const t = texts[lang]

  test(`a list mirrored on the phone asks to remove someone who opted out, until done (${lang})`, async ({
    page,
  }) => {
    host = await startHostProcess({ dataDir: newDataDir(), lang, clockStart: tuesdayMorning })
    await importCsv(host, book, 'клиенты.csv')
    await saveShopNumber(host)
    await listOfEveryone(host, 'Весна')
    const contacts = await callHost<ContactPage>(host, 'contacts.query', {})
    await callHost(host, 'contacts.markSavedNumber', {
      ids: contacts.rows.filter((row) => row.name !== 'Галина Орлова').map((row) => row.id),
      savedNumber: 'yes',
    })
    await page.setViewportSize({ width: 1366, height: 768 })
    const app = new AppPage(page)
    await app.open(host.pageUrl)
    await hideToasts(page)

    await openList(page, t)
    const section = page.getByTestId('phone-list')
    await expect(section).toContainText(t.notYet)
    await pageShot(page, `phone-list-not-yet-${lang}`)

    // The guide: Android first, iPhone on its tab, each with its pictures.
    await section.getByRole('button', { name: t.make }).click()
    const wizard = page.getByRole('dialog', { name: t.wizard })
    await expect(wizard.getByText(t.androidStep)).toBeVisible()
    await expect(wizard.getByRole('img', { name: t.androidPicture })).toBeVisible()
    await shot(wizard, `phone-list-guide-android-${lang}`)
    await wizard.getByRole('tab', { name: t.iphone }).click()
    await expect(wizard.getByText(t.iphoneStep)).toBeVisible()
    await expect(wizard.getByRole('img', { name: t.iphonePicture })).toBeVisible()
    await shot(wizard, `phone-list-guide-iphone-${lang}`)

    // The checklist: those who may get it, by last name on iPhone; Галина is not there.
    const checklist = wizard.getByTestId('phone-checklist')
    await expect(checklist.getByRole('radio', { name: t.byLast })).toBeChecked()
    const boxes = checklist.getByRole('checkbox')
    await expect(boxes).toHaveCount(3)
    await expect(boxes.nth(0)).toHaveAccessibleName(/Иванов Борис/)
    await expect(boxes.nth(1)).toHaveAccessibleName(/Кузнецова Вера/)
    await expect(boxes.nth(2)).toHaveAccessibleName(/Петрова Анна/)
    await wizard.getByRole('tab', { name: t.android }).click()
    await expect(boxes.nth(0)).toHaveAccessibleName(/Анна Петрова/)
    await expect(checklist.getByText('Галина Орлова')).toHaveCount(0)
    await expect(wizard.getByTestId('phone-checklist-count')).toHaveText(t.ticked(0))
    for (const name of ['Анна Петрова', 'Борис Иванов']) {
      await checklist.getByRole('checkbox', { name: new RegExp(name) }).check()
    }
    await expect(wizard.getByTestId('phone-checklist-count')).toHaveText(t.ticked(2))
    await checklist.getByRole('checkbox', { name: /Вера Кузнецова/ }).check()
    await expect(wizard.getByTestId('phone-checklist-count')).toHaveText(t.ticked(3))
    await checklist.scrollIntoViewIfNeeded()
    await shot(checklist, `phone-list-checklist-${lang}`)
    await shot(wizard, `phone-list-wizard-${lang}`)
    await wizard.getByRole('button', { name: t.submit }).click()
    await expect(wizard).toBeHidden()
    await expect(section.getByTestId('phone-list-summary')).toHaveText(t.summary)
    await expect(section).toContainText(t.inStep)
    await pageShot(page, `phone-list-mirrored-${lang}`)

    // Анна opts out on her card: the list's page asks to take her off the phone's list.
    await app.goTo(t.contacts)
    await page
      .getByRole('table')
      .getByRole('row', { name: /Анна Петрова/ })
      .click()
    const drawer = page.getByRole('dialog', { name: 'Анна Петрова' })
    await drawer.getByRole('button', { name: t.optOut }).click()
    await page
      .getByRole('dialog', { name: t.optOut })
      .getByRole('button', { name: t.optOutSubmit })
      .click()
    await expect(drawer.getByRole('alert')).toBeVisible()
    await page.keyboard.press('Escape')

    await openList(page, t)
    const removal = section.getByTestId('phone-todo-remove')
    await expect(removal).toContainText(t.removal)
    await pageShot(page, `phone-list-todo-${lang}`)
    await shot(section, `phone-list-todo-section-${lang}`)
    await removal.getByRole('button', { name: t.how }).click()
    await expect(page.getByText(t.howAndroid)).toBeVisible()
    await pageShot(page, `phone-list-todo-how-${lang}`)
    await page.keyboard.press('Escape')
    await removal.getByRole('button', { name: t.done }).click()
    await expect(removal).toBeHidden()
    await expect(section.getByTestId('phone-list-summary')).toHaveText(t.summaryAfter)
    await expect(section).toContainText(t.inStep)
  })
}
