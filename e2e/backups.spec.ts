import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { unzipSync } from 'fflate'
import type { BackupsOverview } from '../src/shared/backups'
import type { ContactPage } from '../src/shared/contacts'
import { AppPage } from './support/app-page'
import { callHost, importCsv } from './support/host-api'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'
import { hideToasts, pageShot, shot } from './support/shots'
import { twoCustomers } from './support/shop'

let host: HostProcess | undefined
test.afterEach(async () => {
  await host?.stop()
  host = undefined
})

const texts = {
  ru: {
    settings: 'Настройки',
    contacts: 'Контакты',
    section: 'Резервные копии',
    backUpNow: 'Сделать копию сейчас',
    backedUp: 'Копия сделана',
    firstDay: '1 декабря 2026',
    secondDay: '2 декабря 2026',
    brokenDay: '30 ноября 2026',
    restore: 'Восстановить…',
    confirm: 'Восстановить',
    cancel: 'Отмена',
    modalTitle: /Восстановить копию от 1 декабря 2026/,
    damaged: 'Эта копия повреждена, восстановить её нельзя.',
    restored: /Данные восстановлены из копии от 1 декабря 2026/,
    exportButton: 'Выгрузить архив',
    kept: 'список отписавшихся, отзывы согласия, журнал отправленных сообщений (по нему считаются лимиты) и историю блокировок',
    carried: 'отписки — 1',
    mirrorLabel: 'Вторая папка для копий',
    mirrorSave: 'Сохранить папку',
    mirrorNoneYet: 'Там пока нет копий',
    mirrorLastSuccess: 'Последняя копия записана во вторую папку 1 декабря 2026',
    mirrorMissing: 'папки нет на месте. Если это флешка, вставьте её.',
    mirrorRelative: 'Укажите полный путь к папке',
    inMain: 'В папке данных',
    inMirror: 'Во второй папке',
  },
  en: {
    settings: 'Settings',
    contacts: 'Contacts',
    section: 'Backups',
    backUpNow: 'Back up now',
    backedUp: 'Backup made',
    firstDay: 'December 1, 2026',
    secondDay: 'December 2, 2026',
    brokenDay: 'November 30, 2026',
    restore: 'Restore…',
    confirm: 'Restore',
    cancel: 'Cancel',
    modalTitle: /Restore the backup of December 1, 2026/,
    damaged: 'This backup is damaged and cannot be restored.',
    restored: /Data restored from the backup of December 1, 2026/,
    exportButton: 'Download the archive',
    kept: 'the opt-out list, consent withdrawals, the record of sent messages (the limits count it) and the block history',
    carried: 'opt-outs — 1',
    mirrorLabel: 'Second backup folder',
    mirrorSave: 'Save folder',
    mirrorNoneYet: 'No copies there yet',
    mirrorLastSuccess: 'The last copy was written to the second folder on December 1, 2026',
    mirrorMissing: 'the folder is not there. If it is a USB stick, plug it in.',
    mirrorRelative: 'Enter the folder’s full path',
    inMain: 'In the data folder',
    inMirror: 'In the second folder',
  },
} as const

const contactCount = async (running: HostProcess) =>
  (await callHost<ContactPage>(running, 'contacts.query', { limit: 10 })).total

for (const lang of ['ru', 'en'] as const) {
  const text = texts[lang]

  test(`${lang}: Settings lists the daily backups and restores one after confirmation; export downloads a zip`, async ({
    page,
  }) => {
    const dataDir = newDataDir()
    // The second folder: a USB stick.
    const stick = join(newDataDir(), 'stick')
    mkdirSync(stick)
    // Day one: two customers, a second folder typed in, and a backup made from the Settings page.
    host = await startHostProcess({ dataDir, lang, clockStart: '2026-12-01T10:30:00Z' })
    await importCsv(host, twoCustomers)
    const app = new AppPage(page)
    await app.open(host.pageUrl)
    await app.goTo(text.settings)
    const section = page.locator('#backups')
    const mirrorField = section.getByRole('textbox', { name: text.mirrorLabel })
    // A path that is not a full one is refused in words.
    await mirrorField.fill('stick')
    await section.getByRole('button', { name: text.mirrorSave }).click()
    await expect(section).toContainText(text.mirrorRelative)
    await mirrorField.fill(stick)
    await section.getByRole('button', { name: text.mirrorSave }).click()
    await expect(section).toContainText(text.mirrorNoneYet)
    await section.getByRole('button', { name: text.backUpNow }).click()
    await expect(page.getByText(text.backedUp)).toBeVisible()
    // The copy is in both folders.
    await expect(section.getByRole('row').filter({ hasText: text.firstDay })).toHaveCount(2)
    await expect(section).toContainText(text.mirrorLastSuccess)
    expect(readdirSync(stick).filter((name) => name.endsWith('.db'))).toHaveLength(1)
    await host.stop()

    // Day two: the stick is out when the host makes that day's copy as it starts; the main copy
    // is made all the same. The stick comes back; a third customer comes, and someone opts out.
    renameSync(stick, `${stick}-out`)
    const dayTwo = await startHostProcess({ dataDir, lang, clockStart: '2026-12-02T10:30:00Z' })
    host = dayTwo
    await expect
      .poll(
        async () =>
          (await callHost<BackupsOverview>(dayTwo, 'backups.list', {})).mirror?.lastFailure,
      )
      .toMatchObject({ problem: 'not_found' })
    renameSync(`${stick}-out`, stick)
    await importCsv(host, 'Имя,Телефон\nВера Смирнова,+7 916 333-33-33')
    expect(await contactCount(host)).toBe(3)
    await callHost(host, 'optOuts.addNumbers', { text: '+7 916 333-33-33', note: '' })
    // And a copy that is damaged, as a failing disk would leave it.
    writeFileSync(join(dataDir, 'backups', 'rupor-2026-11-30T09-00-00Z.db'), 'SQLite format 3\0…')
    const listed = await callHost<BackupsOverview>(host, 'backups.list', {})
    // Three in the data folder, and day one's on the stick.
    expect(listed.backups).toHaveLength(4)

    await app.open(host.pageUrl)
    await app.goTo(text.settings)
    await expect(section.getByRole('row').filter({ hasText: text.secondDay })).toHaveCount(1)
    await expect(
      section
        .getByRole('row')
        .filter({ hasText: text.firstDay })
        .filter({ hasText: text.inMirror }),
    ).toHaveCount(1)
    await expect(section).toContainText(text.mirrorMissing)
    await expect(section.getByRole('textbox', { name: text.mirrorLabel })).toHaveValue(stick)
    await expect(section.getByRole('textbox').first()).toHaveValue(join(dataDir, 'backups'))
    await hideToasts(page)
    await section.scrollIntoViewIfNeeded()
    await shot(section, `backups-section-${lang}`)

    // The damaged copy is refused, in words, and nothing changes.
    await section
      .getByRole('row')
      .filter({ hasText: text.brokenDay })
      .getByRole('button', { name: text.restore })
      .click()
    const modal = page.getByRole('dialog')
    await modal.getByRole('button', { name: text.confirm, exact: true }).click()
    await expect(modal.getByRole('alert')).toContainText(text.damaged)
    await modal.getByRole('button', { name: text.cancel }).click()
    expect(await contactCount(host)).toBe(3)

    // Day one's copy: the modal says what happens, and what is kept from today's data, then the
    // window reloads on day one's data with today's opt-out.
    await section
      .getByRole('row')
      .filter({ hasText: text.firstDay })
      .filter({ hasText: text.inMain })
      .getByRole('button', { name: text.restore })
      .click()
    await expect(modal.getByRole('heading', { name: text.modalTitle })).toBeVisible()
    await expect(modal).toContainText('before-restore-')
    await expect(modal).toContainText(dataDir)
    await expect(modal).toContainText(text.kept)
    await shot(modal, `backups-restore-modal-${lang}`)
    await modal.getByRole('button', { name: text.confirm, exact: true }).click()
    await expect(page.getByText(text.restored)).toBeVisible()
    await expect(page.getByText(text.carried)).toBeVisible()
    expect(await contactCount(host)).toBe(2)
    expect((await callHost<{ total: number }>(host, 'optOuts.query', {})).total).toBe(1)
    expect(readdirSync(dataDir).some((name) => /^before-restore-.*\.db$/.test(name))).toBe(true)
    await pageShot(page, `backups-restored-${lang}`)
    await hideToasts(page)
    await app.goTo(text.contacts)
    await expect(page.getByText('Анна Петрова')).toBeVisible()
    await expect(page.getByText('Вера Смирнова')).toHaveCount(0)

    // Export everything: one zip whose contacts are day one's.
    await app.goTo(text.settings)
    const downloading = page.waitForEvent('download')
    await page.getByRole('button', { name: text.exportButton }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toBe('rupor-export-2026-12-02.zip')
    const path = await download.path()
    expect(existsSync(path)).toBe(true)
    const files = unzipSync(readFileSync(path))
    const contactsCsv = Buffer.from(files['contacts.csv'] ?? new Uint8Array()).toString('utf8')
    expect(contactsCsv.trim().split(/\r\n/)).toHaveLength(1 + 2)
    expect(contactsCsv).toContain('Анна Петрова')
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        'contacts.csv',
        'opt-outs.csv',
        'lists.csv',
        'campaigns.csv',
        'ledger.csv',
      ]),
    )
  })
}
