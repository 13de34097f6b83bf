// A damaged database at start-up (found by the last run's background check), in the host: it stops and prints the two ways out with the
// command for each; started with `--recover`, it takes that way and serves the app — with the
// opt-out list still there, including opt-outs made after the newest copy.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { pagesOf, scribbleOverPages } from '../src/main/core/test-support/damaged-database'
import { AppPage } from './support/app-page'
import { callHost, importCsv } from './support/host-api'
import { newDataDir, startHostProcess, type HostProcess } from './support/host-process'
import { shot } from './support/shots'

let host: HostProcess | undefined
test.afterEach(async () => {
  await host?.stop()
  host = undefined
})

/**
 * A shop with two customers and two opt-outs, a copy taken, then a third customer and a third
 * opt-out; then pages of the contacts in the database file are overwritten with junk, and a run
 * of the host finds it (so the next start refuses the file).
 */
async function damagedShop(): Promise<string> {
  const dataDir = newDataDir()
  const shop = await startHostProcess({ dataDir, lang: 'en' })
  try {
    await importCsv(shop, 'Name,Phone\nАнна Петрова,+79161234567\nБорис Смирнов,+79035551234\n')
    await callHost(shop, 'optOuts.addNumbers', {
      text: '+7 916 000-00-01\n+7 916 000-00-02',
      note: '',
    })
    await callHost(shop, 'backups.create', {})
    await importCsv(shop, 'Name,Phone\nВера Кузнецова,+79261112233\n', 'later.csv')
    await callHost(shop, 'optOuts.addNumbers', { text: '+7 916 000-00-03', note: 'after the copy' })
  } finally {
    await shop.stop()
  }
  const file = join(dataDir, 'rupor.db')
  scribbleOverPages(file, pagesOf(file, 'contacts', 'any'))
  // The file changed after its clean close: this start checks it in the background, serving the
  // app meanwhile; the check finds the damage and writes are refused from then on (reads answer).
  const found = await startHostProcess({ dataDir, lang: 'en' })
  try {
    await expect
      .poll(() => callHost(found, 'settings.update', { shopName: 'Цветы' }).catch(String), {
        timeout: 15_000,
      })
      .toMatch(/"code":"database_damaged"/)
    expect(await callHost(found, 'settings.get', {})).toHaveProperty('shopName')
  } finally {
    await found.stop()
  }
  return dataDir
}

const languages = [
  { lang: 'en', optOuts: 'Opt-outs', table: 'Opt-out list', contacts: 'Contacts' },
  { lang: 'ru', optOuts: 'Отписавшиеся', table: 'Список отписавшихся', contacts: 'Контакты' },
] as const

test('a host started on a damaged database stops, showing both ways out and the command for each', async () => {
  const dataDir = await damagedShop()
  const before = readFileSync(join(dataDir, 'rupor.db'))
  const failure = String(await startHostProcess({ dataDir }).catch((error: unknown) => error))
  expect(failure).toMatch(/host exited with 2/)
  expect(failure).toMatch(/The Rupor database is damaged and was not changed/)
  expect(failure).toMatch(/1\. Restore the copy of \d{1,2} \w+ \d{4}, \d\d:\d\d\n/)
  expect(failure).toMatch(/2\. Start empty, keeping the opt-out list \(3 numbers\)\n/)
  expect(failure).toMatch(/host\.js --data-dir \S+ --port 0 --recover newest-copy\n/)
  expect(failure).toMatch(/host\.js --data-dir \S+ --port 0 --recover empty-keeping-opt-outs\n/)
  expect(failure).toMatch(/renames it to rupor\.damaged-<date>\.db and keeps it in /)
  expect(readFileSync(join(dataDir, 'rupor.db')).equals(before)).toBe(true)
})

const summaries = {
  en: {
    title: 'Rupor recovered its database after damage',
    close: 'Got it',
    empty:
      /Started an empty database\. The opt-out list holds 3 numbers\.\s+The damaged file is kept as \S+rupor\.damaged-/,
  },
  ru: {
    title: 'Рупор восстановил базу данных после повреждения',
    close: 'Понятно',
    restored:
      /Восстановлена копия от .+\. В списке отписавшихся 3 номера\.\s+Из повреждённого файла перенесено [\s\S]+Повреждённый файл сохранён как /,
  },
} as const

/** The recovery's summary over the first screen, in the window's language; closed, it stays closed. */
async function readSummary(page: Page, lang: 'en' | 'ru', text: RegExp, shotName: string) {
  const summary = page.getByRole('dialog', { name: summaries[lang].title })
  await expect(summary).toBeVisible()
  await expect(summary).toContainText(text)
  await shot(page, shotName)
  await summary.getByRole('button', { name: summaries[lang].close }).click()
  await expect(summary).toHaveCount(0)
  // The reloaded window has read app.info (the core still has the summary) before it is checked.
  const infoRead = page.waitForResponse((response) => response.url().endsWith('/api/app.info'))
  await page.reload()
  await infoRead
  // Time for its code to come (from the cache), were it to be shown again.
  await page.waitForTimeout(1_000)
  await expect(page.getByRole('navigation')).toBeVisible()
  await expect(page.getByRole('dialog', { name: summaries[lang].title })).toHaveCount(0)
}

async function expectOptOuts(page: Page, text: (typeof languages)[number]) {
  const app = new AppPage(page)
  await app.goTo(text.optOuts)
  const table = page.getByRole('table', { name: text.table })
  for (const number of ['+7 916 000 00 01', '+7 916 000 00 02', '+7 916 000 00 03'])
    await expect(
      table.getByRole('row', { name: new RegExp(number.replace(/\+/g, '\\+')) }),
    ).toBeVisible()
}

for (const text of languages) {
  test(`--recover empty-keeping-opt-outs starts empty with the opt-out list still there (${text.lang})`, async ({
    page,
  }) => {
    const dataDir = await damagedShop()
    host = await startHostProcess({
      dataDir,
      lang: text.lang,
      extraArgs: ['--recover', 'empty-keeping-opt-outs'],
    })
    const app = new AppPage(page)
    await app.open(host.pageUrl)
    if (text.lang === 'en')
      await readSummary(page, 'en', summaries.en.empty, 'recovery-summary-empty-en')
    else await page.getByRole('dialog').getByRole('button', { name: summaries.ru.close }).click()
    await expectOptOuts(page, text)
    await shot(page, `damaged-database-empty-keeping-opt-outs-${text.lang}`)
    const book = await callHost<{ total: number }>(host, 'contacts.query', { limit: 10 })
    expect(book.total).toBe(0)
  })
}

test("--recover newest-copy brings back the copy's contacts and keeps the later opt-out", async ({
  page,
}) => {
  const dataDir = await damagedShop()
  host = await startHostProcess({ dataDir, lang: 'ru', extraArgs: ['--recover', 'newest-copy'] })
  const app = new AppPage(page)
  await app.open(host.pageUrl)
  await readSummary(page, 'ru', summaries.ru.restored, 'recovery-summary-newest-copy-ru')
  await app.goTo('Контакты')
  await expect(page.getByText('Анна Петрова')).toBeVisible()
  await expect(page.getByText('Борис Смирнов')).toBeVisible()
  await expect(page.getByText('Вера Кузнецова')).toHaveCount(0)
  await expectOptOuts(page, languages[1])
  await shot(page, 'damaged-database-newest-copy-ru')
})
